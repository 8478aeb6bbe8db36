package deviceprovisioning

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/pipeline"
)

// Defaults of SharedAccessKeyCredential.
const (
	// DefaultTokenLifetime is how long a minted token is valid.
	DefaultTokenLifetime = time.Hour
	// tokenRenewal is how long before its expiry a token is replaced, so
	// that a request never carries a token that expires on the way.
	tokenRenewal = 5 * time.Minute
)

// SharedAccessKeyCredentialOptions configures a SharedAccessKeyCredential;
// the zero value is valid.
type SharedAccessKeyCredentialOptions struct {
	// TokenLifetime is how long each minted token is valid; default
	// DefaultTokenLifetime. A token is renewed five minutes before it
	// expires (or halfway through a lifetime shorter than ten minutes).
	TokenLifetime time.Duration
}

// SharedAccessKeyCredential holds a shared access policy of a provisioning
// service (its name and one of its keys, as ListKeysForKeyName or the
// service's connection string give them) and mints the
// "SharedAccessSignature sr=…&sig=…&se=…&skn=…" tokens the service API
// accepts. A service client renews its token before it expires; Update
// rotates the key. It is safe for concurrent use. The key never appears in
// logs, errors or the credential's %v.
type SharedAccessKeyCredential struct {
	mu         sync.RWMutex
	policyName string
	key        []byte
	generation uint64
	lifetime   time.Duration
	now        func() time.Time
}

// NewSharedAccessKeyCredential returns a credential for the shared access
// policy policyName with key, the base64 key as the service shows it.
// options may be nil.
func NewSharedAccessKeyCredential(policyName, key string, options *SharedAccessKeyCredentialOptions) (*SharedAccessKeyCredential, error) {
	c := &SharedAccessKeyCredential{lifetime: DefaultTokenLifetime, now: time.Now}
	if options != nil && options.TokenLifetime > 0 {
		c.lifetime = options.TokenLifetime
	}
	if err := c.Update(policyName, key); err != nil {
		return nil, err
	}
	return c, nil
}

// Update replaces the policy name and key, for example after the key was
// regenerated; the next request mints a token with them.
func (c *SharedAccessKeyCredential) Update(policyName, key string) error {
	decoded, err := decodeKey("key", policyName, key)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.policyName, c.key = policyName, decoded
	c.generation++
	return nil
}

// String describes the credential without its key.
func (c *SharedAccessKeyCredential) String() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return "SharedAccessKeyCredential{policy: " + strconv.Quote(c.policyName) + ", key: (redacted)}"
}

// GoString is String, so that %#v does not print the key either.
func (c *SharedAccessKeyCredential) GoString() string { return c.String() }

// decodeKey checks a policy name and decodes its base64 key; an error never
// holds the key.
func decodeKey(field, policyName, key string) ([]byte, error) {
	var v pipeline.Validator
	v.Required("policyName", policyName != "")
	decoded, err := base64.StdEncoding.DecodeString(key)
	switch {
	case key == "":
		v.Required(field, false)
	case err != nil || len(decoded) == 0:
		v.Fail(field, pipeline.Secret{}, "must be a base64 key, as the service shows it")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return decoded, nil
}

// token returns a token for resourceURI that expires lifetime from now,
// with its expiry and the credential's generation.
func (c *SharedAccessKeyCredential) token(resourceURI string) (string, time.Time, uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	expiry := c.now().Add(c.lifetime).Truncate(time.Second)
	return signature(resourceURI, c.policyName, c.key, expiry), expiry, c.generation
}

// NewSharedAccessSignature returns the token the DPS service API accepts
// for resourceURI (the service's host name, such as
// "my-dps.azure-devices-provisioning.net"), signed with key (base64) of the
// shared access policy policyName and valid until expiry:
//
//	SharedAccessSignature sr={URL-encoded resourceURI}&sig={URL-encoded signature}&se={expiry, Unix seconds}&skn={policyName}
//
// where the signature is the base64 HMAC-SHA256, keyed with the decoded
// key, of the URL-encoded resourceURI, a newline, and the expiry
// (https://learn.microsoft.com/azure/iot-dps/how-to-control-access#security-tokens).
// The token is a secret. An invalid key is a *ValidationError that does not
// hold it.
func NewSharedAccessSignature(resourceURI, policyName, key string, expiry time.Time) (string, error) {
	decoded, err := decodeKey("key", policyName, key)
	if err != nil {
		return "", err
	}
	if resourceURI == "" {
		return "", &ValidationError{Field: "resourceURI", Rule: "is required"}
	}
	return signature(resourceURI, policyName, decoded, expiry), nil
}

func signature(resourceURI, policyName string, key []byte, expiry time.Time) string {
	sr := url.QueryEscape(strings.ToLower(resourceURI))
	se := strconv.FormatInt(expiry.Unix(), 10)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(sr + "\n" + se))
	sig := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return "SharedAccessSignature sr=" + sr + "&sig=" + url.QueryEscape(sig) + "&se=" + se + "&skn=" + url.QueryEscape(policyName)
}

// sasPolicy keeps a fresh token from cred in key, the azcore key
// credential whose policy sets the Authorization header: it runs once per
// call, before the retries, and mints a new token when the current one is
// within tokenRenewal of its expiry or the credential was updated.
type sasPolicy struct {
	cred     *SharedAccessKeyCredential
	key      *azcore.KeyCredential
	resource string

	mu         sync.Mutex
	expiry     time.Time
	generation uint64
}

func newSASPolicy(cred *SharedAccessKeyCredential, resource string) *sasPolicy {
	return &sasPolicy{cred: cred, key: azcore.NewKeyCredential("SharedAccessSignature"), resource: resource}
}

// Do implements policy.Policy.
func (p *sasPolicy) Do(req *policy.Request) (*http.Response, error) {
	p.refresh()
	return req.Next()
}

func (p *sasPolicy) refresh() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cred.mu.RLock()
	now, gen, lifetime := p.cred.now(), p.cred.generation, p.cred.lifetime
	p.cred.mu.RUnlock()
	renewal := min(tokenRenewal, lifetime/2)
	if gen == p.generation && now.Before(p.expiry.Add(-renewal)) {
		return
	}
	token, expiry, generation := p.cred.token(p.resource)
	p.key.Update(token)
	p.expiry, p.generation = expiry, generation
}

// parseConnectionString reads a service connection string,
// "HostName=…;SharedAccessKeyName=…;SharedAccessKey=…"; errors never hold
// the key.
func parseConnectionString(cs string) (host, policyName, key string, err error) {
	for part := range strings.SplitSeq(cs, ";") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		switch strings.ToLower(name) {
		case "hostname":
			host = value
		case "sharedaccesskeyname":
			policyName = value
		case "sharedaccesskey":
			key = value
		}
	}
	var v pipeline.Validator
	v.Required("connectionString.HostName", host != "")
	v.Required("connectionString.SharedAccessKeyName", policyName != "")
	v.Required("connectionString.SharedAccessKey", key != "")
	if strings.ContainsAny(host, "/?#@ ") {
		v.Fail("connectionString.HostName", host, "must be a host name")
	}
	if err := v.Err(); err != nil {
		return "", "", "", fmt.Errorf("deviceprovisioning: connection string: %w", err)
	}
	return host, policyName, key, nil
}
