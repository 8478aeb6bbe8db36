package iotcentral

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
)

// Defaults of RuleWebhookOptions.
const (
	// DefaultWebhookSecretHeader is the header that carries the shared
	// secret unless RuleWebhookOptions.Header names another.
	DefaultWebhookSecretHeader = "X-IoTC-Webhook-Secret"
	// DefaultWebhookMaxBodyBytes caps a webhook request's body unless
	// RuleWebhookOptions.MaxBodyBytes sets another cap. Rule payloads are a
	// few kilobytes.
	DefaultWebhookMaxBodyBytes = 1 << 20
)

// RuleWebhookOptions configures NewRuleWebhookHandler; nil means defaults.
type RuleWebhookOptions struct {
	// Secrets are the shared secrets a request may carry in Header; a
	// request with none of them is answered 401. List two while you rotate
	// the secret. With no secrets every request is accepted: only do that
	// behind something else that authenticates IoT Central.
	Secrets []string
	// Header is the request header that carries the secret; the default is
	// DefaultWebhookSecretHeader. Use "Authorization" with the webhook
	// action's authorization token option, with the header's whole value
	// as the secret.
	Header string
	// MaxBodyBytes caps the request body; a larger one is answered 413.
	// The default is DefaultWebhookMaxBodyBytes.
	MaxBodyBytes int64
	// OnError, when set, is told about every request that was refused or
	// whose callback failed, with the status it was answered. Errors never
	// contain a secret.
	OnError func(r *http.Request, status int, err error)
}

// NewRuleWebhookHandler returns an http.Handler that receives IoT Central's
// rule webhook: the connector's "When a rule is fired" trigger, for which
// IoT Central has no public registration API. For each valid request it
// calls onFired with the decoded event and answers:
//
//   - 204 No Content when onFired returns nil;
//   - 500 when onFired returns an error (IoT Central may retry);
//   - 405 for a method other than POST, 401 when the shared secret is
//     missing, empty or wrong, 413 when the body exceeds MaxBodyBytes, 415 for a
//     body that is not JSON, 400 for a body that is not a rule payload
//     (see ParseRuleFiredEvent). onFired is not called for these.
//
// The handler never panics on bad input and never writes a secret or the
// request body to its response. onFired runs on the request's goroutine
// with the request's context; a nil onFired acknowledges every valid
// event.
//
// To point IoT Central at it: serve the handler over HTTPS at a public URL;
// in the application, open Rules, pick the rule, add a Webhook action, set
// its callback URL to that URL and add a request header named
// DefaultWebhookSecretHeader (or your Header) whose value is one of
// Secrets; save the rule. The action's test button posts a sample payload.
// The same handler also accepts the payload of an Azure Monitor action
// group's webhook.
//
// An empty string among options.Secrets (an unset environment variable,
// say) is a *ValidationError: it would let any request that sends an empty
// header in.
func NewRuleWebhookHandler(onFired func(ctx context.Context, event RuleFiredEvent) error, options *RuleWebhookOptions) (http.Handler, error) {
	h := &ruleWebhookHandler{onFired: onFired, header: DefaultWebhookSecretHeader, maxBody: DefaultWebhookMaxBodyBytes}
	if options != nil {
		if options.Header != "" {
			h.header = options.Header
		}
		if options.MaxBodyBytes > 0 {
			h.maxBody = options.MaxBodyBytes
		}
		h.onError = options.OnError
		for i, s := range options.Secrets {
			if s == "" {
				return nil, &ValidationError{Field: fmt.Sprintf("options.Secrets[%d]", i), Value: "", Rule: "must not be empty: an empty secret would accept requests without one"}
			}
			h.secrets = append(h.secrets, sha256.Sum256([]byte(s)))
		}
	}
	return h, nil
}

type ruleWebhookHandler struct {
	onFired func(ctx context.Context, event RuleFiredEvent) error
	onError func(r *http.Request, status int, err error)
	header  string
	maxBody int64
	// secrets are kept hashed: comparing digests takes the same time
	// whatever the length or content of the value sent.
	secrets [][sha256.Size]byte
}

// Errors a refused webhook request is reported with (RuleWebhookOptions.OnError).
var (
	ErrWebhookMethod       = errors.New("iotcentral: webhook requests must be POST")
	ErrWebhookUnauthorized = errors.New("iotcentral: webhook request without a valid shared secret")
	ErrWebhookTooLarge     = errors.New("iotcentral: webhook request body is too large")
	ErrWebhookContentType  = errors.New("iotcentral: webhook request body is not JSON")
)

func (h *ruleWebhookHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.refuse(w, r, http.StatusMethodNotAllowed, ErrWebhookMethod)
		return
	}
	if !h.authorized(r) {
		h.refuse(w, r, http.StatusUnauthorized, ErrWebhookUnauthorized)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "application/json" && mt != "text/json" && !hasJSONSuffix(mt)) {
			h.refuse(w, r, http.StatusUnsupportedMediaType, ErrWebhookContentType)
			return
		}
	}
	if r.ContentLength > h.maxBody {
		h.refuse(w, r, http.StatusRequestEntityTooLarge, ErrWebhookTooLarge)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			h.refuse(w, r, http.StatusRequestEntityTooLarge, ErrWebhookTooLarge)
			return
		}
		h.refuse(w, r, http.StatusBadRequest, fmt.Errorf("iotcentral: reading the webhook body: %w", err))
		return
	}
	event, err := ParseRuleFiredEvent(body)
	if err != nil {
		h.refuse(w, r, http.StatusBadRequest, err)
		return
	}
	if h.onFired != nil {
		if err := h.onFired(r.Context(), event); err != nil {
			h.refuse(w, r, http.StatusInternalServerError, err)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *ruleWebhookHandler) authorized(r *http.Request) bool {
	if len(h.secrets) == 0 {
		return true
	}
	values := r.Header.Values(h.header)
	if len(values) != 1 || values[0] == "" {
		return false
	}
	got := sha256.Sum256([]byte(values[0]))
	ok := 0
	for _, want := range h.secrets {
		ok |= subtle.ConstantTimeCompare(got[:], want[:])
	}
	return ok == 1
}

// refuse answers status with its status text only: nothing from the
// request, the error or the configuration is echoed.
func (h *ruleWebhookHandler) refuse(w http.ResponseWriter, r *http.Request, status int, err error) {
	if h.onError != nil {
		h.onError(r, status, err)
	}
	http.Error(w, http.StatusText(status), status)
}

func hasJSONSuffix(mediaType string) bool {
	const suffix = "+json"
	return len(mediaType) > len(suffix) && mediaType[len(mediaType)-len(suffix):] == suffix
}
