/**
 * Every object identifier shared/ reads or writes, named once after its ASN.1 name in the RFC
 * that defines it (as @peculiar/asn1-x509's object_identifiers does), so a typo in a dotted
 * string cannot hide in one of several copies. Other code compares and builds with these names.
 */
import type { ExtKeyUsage } from './model';

// Certificate extensions (RFC 5280 §4.2), arc id-ce { 2 5 29 }.

/** subjectKeyIdentifier: hash of the certificate's public key. */
export const id_ce_subjectKeyIdentifier = '2.5.29.14';
/** keyUsage: what the key may do (sign, encipher, sign certificates…). */
export const id_ce_keyUsage = '2.5.29.15';
/** subjectAltName: DNS names, IPs, emails and URIs the certificate is for. */
export const id_ce_subjectAltName = '2.5.29.17';
/** issuerAltName: alternative names of the issuer. */
export const id_ce_issuerAltName = '2.5.29.18';
/** basicConstraints: CA or not, and how deep a chain below it may go. */
export const id_ce_basicConstraints = '2.5.29.19';
/** cRLDistributionPoints: where the issuer's CRL is published. */
export const id_ce_cRLDistributionPoints = '2.5.29.31';
/** certificatePolicies: policy OIDs and qualifiers. */
export const id_ce_certificatePolicies = '2.5.29.32';
/** authorityKeyIdentifier: the issuer's subjectKeyIdentifier. */
export const id_ce_authorityKeyIdentifier = '2.5.29.35';
/** extKeyUsage: the purposes (TLS server, TLS client…) the key is for. */
export const id_ce_extKeyUsage = '2.5.29.37';
/** anyExtendedKeyUsage: the extKeyUsage purpose that allows every purpose. */
export const anyExtendedKeyUsage = '2.5.29.37.0';
/** authorityInfoAccess (id-pe 1): OCSP responder and issuer certificate URLs. */
export const id_pe_authorityInfoAccess = '1.3.6.1.5.5.7.1.1';

// Extended key usage purposes (RFC 5280 §4.2.1.12), arc id-kp { 1 3 6 1 5 5 7 3 }.

/** id-kp-serverAuth: TLS server (what etcd members and peers present). */
export const id_kp_serverAuth = '1.3.6.1.5.5.7.3.1';
/** id-kp-clientAuth: TLS client (etcdctl, kube-apiserver, APISIX, peers). */
export const id_kp_clientAuth = '1.3.6.1.5.5.7.3.2';
/** id-kp-codeSigning. */
export const id_kp_codeSigning = '1.3.6.1.5.5.7.3.3';
/** id-kp-emailProtection. */
export const id_kp_emailProtection = '1.3.6.1.5.5.7.3.4';
/** id-kp-timeStamping. */
export const id_kp_timeStamping = '1.3.6.1.5.5.7.3.8';
/** id-kp-OCSPSigning. */
export const id_kp_OCSPSigning = '1.3.6.1.5.5.7.3.9';

/** The one table from EKU purpose OID to the model's name; other purposes stay as their OID. */
export const EKU_NAMES: Readonly<Record<string, ExtKeyUsage>> = {
  [id_kp_serverAuth]: 'serverAuth',
  [id_kp_clientAuth]: 'clientAuth',
  [id_kp_codeSigning]: 'codeSigning',
  [id_kp_emailProtection]: 'emailProtection',
  [id_kp_timeStamping]: 'timeStamping',
  [id_kp_OCSPSigning]: 'ocspSigning',
  [anyExtendedKeyUsage]: 'any',
};

// Name attributes (X.520 arc id-at { 2 5 4 }, RFC 4519, RFC 2985).

/** commonName (CN). */
export const id_at_commonName = '2.5.4.3';
/** surname (SN). */
export const id_at_surname = '2.5.4.4';
/** countryName (C). */
export const id_at_countryName = '2.5.4.6';
/** localityName (L). */
export const id_at_localityName = '2.5.4.7';
/** stateOrProvinceName (ST). */
export const id_at_stateOrProvinceName = '2.5.4.8';
/** organizationName (O): the group Kubernetes RBAC reads from client certificates. */
export const id_at_organizationName = '2.5.4.10';
/** organizationalUnitName (OU). */
export const id_at_organizationalUnitName = '2.5.4.11';
/** title (T). */
export const id_at_title = '2.5.4.12';
/** givenName (G). */
export const id_at_givenName = '2.5.4.42';
/** initials (I). */
export const id_at_initials = '2.5.4.43';
/** domainComponent (DC), RFC 4519. */
export const id_domainComponent = '0.9.2342.19200300.100.1.25';
/** pkcs-9-at-emailAddress (E), the legacy email attribute of a subject name. */
export const id_emailAddress = '1.2.840.113549.1.9.1';

// Public key algorithms (RFC 8017, RFC 5480, RFC 8410) and named curves (RFC 5480).

/** rsaEncryption: an RSA public or private key. */
export const rsaEncryption = '1.2.840.113549.1.1.1';
/** id-RSASSA-PSS: an RSA key restricted to PSS, and the PSS signature algorithm. */
export const id_RSASSA_PSS = '1.2.840.113549.1.1.10';
/** id-ecPublicKey: an elliptic-curve key; the curve is the algorithm's parameter. */
export const id_ecPublicKey = '1.2.840.10045.2.1';
/** id-Ed25519: an Ed25519 key, and the Ed25519 signature algorithm. */
export const id_Ed25519 = '1.3.101.112';
/** id-Ed448: an Ed448 key, and the Ed448 signature algorithm. */
export const id_Ed448 = '1.3.101.113';
/** secp256r1 (P-256). */
export const secp256r1 = '1.2.840.10045.3.1.7';
/** secp384r1 (P-384). */
export const secp384r1 = '1.3.132.0.34';
/** secp521r1 (P-521). */
export const secp521r1 = '1.3.132.0.35';
/** secp256k1 (Bitcoin's curve; recognised only to name it). */
export const secp256k1 = '1.3.132.0.10';
/** secp224r1 (P-224: Go verifies it, WebCrypto cannot). */
export const secp224r1 = '1.3.132.0.33';
/** id-dsa: a DSA key (Go parses it, but verifies no certificate signature with it). */
export const id_dsa = '1.2.840.10040.4.1';

// Signature algorithms (RFC 8017, RFC 5758, RFC 3279), beyond id-RSASSA-PSS and EdDSA above.

/** md2WithRSAEncryption. */
export const md2WithRSAEncryption = '1.2.840.113549.1.1.2';
/** md5WithRSAEncryption. */
export const md5WithRSAEncryption = '1.2.840.113549.1.1.4';
/** sha1WithRSAEncryption. */
export const sha1WithRSAEncryption = '1.2.840.113549.1.1.5';
/** sha256WithRSAEncryption. */
export const sha256WithRSAEncryption = '1.2.840.113549.1.1.11';
/** sha384WithRSAEncryption. */
export const sha384WithRSAEncryption = '1.2.840.113549.1.1.12';
/** sha512WithRSAEncryption. */
export const sha512WithRSAEncryption = '1.2.840.113549.1.1.13';
/** sha224WithRSAEncryption. */
export const sha224WithRSAEncryption = '1.2.840.113549.1.1.14';
/** ecdsa-with-SHA1. */
export const ecdsa_with_SHA1 = '1.2.840.10045.4.1';
/** ecdsa-with-SHA224. */
export const ecdsa_with_SHA224 = '1.2.840.10045.4.3.1';
/** ecdsa-with-SHA256. */
export const ecdsa_with_SHA256 = '1.2.840.10045.4.3.2';
/** ecdsa-with-SHA384. */
export const ecdsa_with_SHA384 = '1.2.840.10045.4.3.3';
/** ecdsa-with-SHA512. */
export const ecdsa_with_SHA512 = '1.2.840.10045.4.3.4';
/** id-dsa-with-sha1. */
export const id_dsa_with_sha1 = '1.2.840.10040.4.3';
/** id-dsa-with-sha256. */
export const id_dsa_with_sha256 = '2.16.840.1.101.3.4.3.2';
/** sha1WithRSASignature: OIW's older name of sha1WithRSAEncryption (Go accepts both). */
export const sha1WithRSASignature_oiw = '1.3.14.3.2.29';
/** id-mgf1: the mask generation function of RSASSA-PSS. */
export const id_mgf1 = '1.2.840.113549.1.1.8';

// Hash functions (RFC 3279, RFC 5754).

/** id-sha1. */
export const id_sha1 = '1.3.14.3.2.26';
/** id-sha256. */
export const id_sha256 = '2.16.840.1.101.3.4.2.1';
/** id-sha384. */
export const id_sha384 = '2.16.840.1.101.3.4.2.2';
/** id-sha512. */
export const id_sha512 = '2.16.840.1.101.3.4.2.3';

// Password-based encryption (RFC 8018 PKCS#5, RFC 7914, RFC 3565, RFC 7292 appendix C).

/** id-PBES2: password-based encryption scheme 2 (KDF + cipher). */
export const id_PBES2 = '1.2.840.113549.1.5.13';
/** id-PBKDF2: the PBES2 key derivation openssl writes. */
export const id_PBKDF2 = '1.2.840.113549.1.5.12';
/** id-scrypt: a PBES2 key derivation openssl can write on request. */
export const id_scrypt = '1.3.6.1.4.1.11591.4.11';
/** id-hmacWithSHA1: PBKDF2's pseudo-random function when none is named. */
export const id_hmacWithSHA1 = '1.2.840.113549.2.7';
/** id-hmacWithSHA256. */
export const id_hmacWithSHA256 = '1.2.840.113549.2.9';
/** id-hmacWithSHA384. */
export const id_hmacWithSHA384 = '1.2.840.113549.2.10';
/** id-hmacWithSHA512. */
export const id_hmacWithSHA512 = '1.2.840.113549.2.11';
/** id-aes128-CBC. */
export const id_aes128_CBC = '2.16.840.1.101.3.4.1.2';
/** id-aes192-CBC. */
export const id_aes192_CBC = '2.16.840.1.101.3.4.1.22';
/** id-aes256-CBC. */
export const id_aes256_CBC = '2.16.840.1.101.3.4.1.42';
/** des-EDE3-CBC (3DES). */
export const des_EDE3_CBC = '1.2.840.113549.3.7';
/** desCBC (single DES). */
export const desCBC = '1.3.14.3.2.7';
/** rc2CBC. */
export const rc2CBC = '1.2.840.113549.3.2';
/** pbeWithSHAAnd3-KeyTripleDES-CBC: the key encryption of `openssl pkcs12 -legacy`. */
export const pbeWithSHAAnd3_KeyTripleDES_CBC = '1.2.840.113549.1.12.1.3';
/** pbeWithSHAAnd2-KeyTripleDES-CBC. */
export const pbeWithSHAAnd2_KeyTripleDES_CBC = '1.2.840.113549.1.12.1.4';
/** pbeWithSHAAnd128BitRC2-CBC. */
export const pbeWithSHAAnd128BitRC2_CBC = '1.2.840.113549.1.12.1.5';
/** pbeWithSHAAnd40BitRC2-CBC: the certificate encryption of `openssl pkcs12 -legacy`. */
export const pbeWithSHAAnd40BitRC2_CBC = '1.2.840.113549.1.12.1.6';

// PKCS#7 content types (RFC 2315) and PKCS#12 bags and attributes (RFC 7292, RFC 2985).

/** id-data: plain content (a PKCS#12 authenticated safe holds it). */
export const id_data = '1.2.840.113549.1.7.1';
/** id-signedData: what `openssl crl2pkcs7` bundles certificates and CRLs in. */
export const id_signedData = '1.2.840.113549.1.7.2';
/** id-encryptedData: password-encrypted content. */
export const id_encryptedData = '1.2.840.113549.1.7.6';
/** keyBag: a plain PKCS#8 private key. */
export const keyBag = '1.2.840.113549.1.12.10.1.1';
/** pkcs8ShroudedKeyBag: an encrypted PKCS#8 private key. */
export const pkcs8ShroudedKeyBag = '1.2.840.113549.1.12.10.1.2';
/** certBag: a certificate. */
export const certBag = '1.2.840.113549.1.12.10.1.3';
/** crlBag: a CRL. */
export const crlBag = '1.2.840.113549.1.12.10.1.4';
/** safeContentsBag: a nested list of bags. */
export const safeContentsBag = '1.2.840.113549.1.12.10.1.6';
/** x509Certificate: the certBag type holding a DER X.509 certificate. */
export const x509Certificate = '1.2.840.113549.1.9.22.1';
/** pkcs-9-at-friendlyName: the label a PKCS#12 bag shows in key stores. */
export const id_friendlyName = '1.2.840.113549.1.9.20';
/** pkcs-9-at-localKeyId: pairs a key bag with its certificate bag. */
export const id_localKeyId = '1.2.840.113549.1.9.21';
