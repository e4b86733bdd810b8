// Command go-judge answers, for tests, what Go's crypto/x509 (the verifier inside etcd,
// etcdctl and kube-apiserver) says about a certificate: it reads one JSON request, or an
// array of them, on stdin and prints one JSON verdict (or an array) on stdout, with Go's
// exact error text. Standard library only, so it builds without a network.
package main

import (
	"bytes"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// request is one question: does leaf chain to roots (through intermediates) for these key
// usages at currentTime, and does it cover name?
type request struct {
	Roots         string   `json:"roots"`
	Intermediates string   `json:"intermediates"`
	Leaf          string   `json:"leaf"`
	Name          string   `json:"name"`
	KeyUsages     []string `json:"keyUsages"`
	CurrentTime   string   `json:"currentTime"`
}

// verdict is Go's answer. Error is Verify's (hostname, then chain, then key usage, as Go
// checks them); ChainError is Verify without the name and HostnameError is VerifyHostname
// alone, so a test can tell the two apart when both are wrong.
type verdict struct {
	OK            bool       `json:"ok"`
	Error         *string    `json:"error"`
	ChainError    *string    `json:"chainError"`
	HostnameError *string    `json:"hostnameError"`
	Chains        [][]string `json:"chains"`
}

var usages = map[string]x509.ExtKeyUsage{
	"server": x509.ExtKeyUsageServerAuth,
	"client": x509.ExtKeyUsageClientAuth,
	"any":    x509.ExtKeyUsageAny,
}

func text(err error) *string {
	if err == nil {
		return nil
	}
	s := err.Error()
	return &s
}

func pool(pemText string) *x509.CertPool {
	// Never nil: a nil Roots pool would make Go fall back to the system store.
	p := x509.NewCertPool()
	p.AppendCertsFromPEM([]byte(pemText))
	return p
}

func firstCertificate(pemText string) (*x509.Certificate, error) {
	rest := []byte(pemText)
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			return nil, errors.New("leaf: no CERTIFICATE block in the PEM text")
		}
		if block.Type == "CERTIFICATE" {
			return x509.ParseCertificate(block.Bytes)
		}
	}
}

func judge(r request) (verdict, error) {
	leaf, err := firstCertificate(r.Leaf)
	if err != nil {
		return verdict{}, err
	}
	now, err := time.Parse(time.RFC3339Nano, r.CurrentTime)
	if err != nil {
		return verdict{}, fmt.Errorf("currentTime: %w", err)
	}
	opts := x509.VerifyOptions{
		Roots:         pool(r.Roots),
		Intermediates: pool(r.Intermediates),
		CurrentTime:   now,
	}
	for _, u := range r.KeyUsages {
		eku, known := usages[u]
		if !known {
			return verdict{}, fmt.Errorf("keyUsages: %q is not server, client or any", u)
		}
		opts.KeyUsages = append(opts.KeyUsages, eku)
	}
	var v verdict
	chains, chainErr := leaf.Verify(opts)
	v.ChainError = text(chainErr)
	for _, chain := range chains {
		names := make([]string, len(chain))
		for i, c := range chain {
			names[i] = c.Subject.String()
		}
		v.Chains = append(v.Chains, names)
	}
	verifyErr := chainErr
	if r.Name != "" {
		v.HostnameError = text(leaf.VerifyHostname(r.Name))
		opts.DNSName = r.Name
		_, verifyErr = leaf.Verify(opts)
	}
	v.Error = text(verifyErr)
	v.OK = verifyErr == nil
	return v, nil
}

func main() {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	input = bytes.TrimSpace(input)
	var out interface{}
	if bytes.HasPrefix(input, []byte("[")) {
		var reqs []request
		if err := json.Unmarshal(input, &reqs); err != nil {
			fail(err)
		}
		verdicts := make([]verdict, len(reqs))
		for i, r := range reqs {
			if verdicts[i], err = judge(r); err != nil {
				fail(fmt.Errorf("request %d: %w", i, err))
			}
		}
		out = verdicts
	} else {
		var r request
		if err := json.Unmarshal(input, &r); err != nil {
			fail(err)
		}
		if out, err = judge(r); err != nil {
			fail(err)
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail(err)
	}
}

// fail reports a malformed request: a bug in the calling test, not a verdict.
func fail(err error) {
	fmt.Fprintln(os.Stderr, "go-judge:", err)
	os.Exit(2)
}
