package fake

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// The service's rules on IDs and list sizes, from the 2022-07-31 and
// 2022-10-31-preview specs. The client does not check them (they are the
// service's to change); the emulator does, so that a caller sees the
// service's error.
var (
	// jobIDRule is the pattern of device group, job, rerun and scheduled
	// job IDs (at most 255 characters).
	jobIDRule = regexp.MustCompile(`^[a-zA-Z0-9_-]*$`)
	// userIDRule is the pattern of user IDs (at most 48 characters).
	userIDRule = regexp.MustCompile(`^[a-zA-Z0-9_-]*$`)
	// organizationIDRule is ^(?!-)[a-z0-9-]{1,48}[a-z0-9]$ without the
	// look-ahead, which Go's regexp lacks; the first character is checked
	// apart.
	organizationIDRule = regexp.MustCompile(`^[a-z0-9-]{1,48}[a-z0-9]$`)
)

// Limits of the rules above.
const (
	maxDeviceIDLength = 128
	maxJobIDLength    = 255
	maxUserIDLength   = 48
	maxPageSizeLimit  = 100
)

// idRule checks one kind of ID.
type idRule struct {
	max     int
	pattern *regexp.Regexp
	// noLeadingDash is the look-ahead of the organization ID pattern.
	noLeadingDash bool
	rule          string
}

func (r idRule) check(id string) string {
	switch {
	case len(id) > r.max:
		return fmt.Sprintf("must be at most %d characters long", r.max)
	case r.pattern != nil && !r.pattern.MatchString(id), r.noLeadingDash && strings.HasPrefix(id, "-"):
		return r.rule
	}
	return ""
}

const letterDigitRule = "may hold only letters, digits, '_' and '-'"

// idRules gives the rule of the ID that follows each collection segment.
var idRules = map[string]idRule{
	"devices":       {max: maxDeviceIDLength},
	"deviceGroups":  {max: maxJobIDLength, pattern: jobIDRule, rule: letterDigitRule},
	"jobs":          {max: maxJobIDLength, pattern: jobIDRule, rule: letterDigitRule},
	"rerun":         {max: maxJobIDLength, pattern: jobIDRule, rule: letterDigitRule},
	"scheduledJobs": {max: maxJobIDLength, pattern: jobIDRule, rule: letterDigitRule},
	"users":         {max: maxUserIDLength, pattern: userIDRule, rule: letterDigitRule},
	"organizations": {max: maxUserIDLength + 1, pattern: organizationIDRule, noLeadingDash: true, rule: "must be 2 to 49 lower-case letters, digits and '-', not starting or ending with '-'"},
}

// checkRequestRules answers 400, as the service does, a request under base
// whose IDs or maxpagesize break the service's rules; it reports whether
// it did.
func (r *adminRoutes) checkRequestRules(w http.ResponseWriter, req *http.Request, base string) bool {
	segs := strings.Split(strings.TrimPrefix(req.URL.EscapedPath(), base+"/"), "/")
	for i := 0; i+1 < len(segs); i++ {
		rule, ok := idRules[segs[i]]
		// Only the ID right after a top-level collection (or a rerun ID)
		// is an ID of that kind: /devices/{id}/relationships/{rid} holds
		// no second device ID.
		if !ok || (i != 0 && segs[i] != "rerun") {
			continue
		}
		id, err := url.PathUnescape(segs[i+1])
		if err != nil {
			id = segs[i+1]
		}
		if msg := rule.check(id); msg != "" {
			r.writeError(w, &adminError{http.StatusBadRequest, fmt.Sprintf("the ID %q after /%s %s", id, segs[i], msg)})
			return true
		}
	}
	if m := req.URL.Query().Get("maxpagesize"); m != "" {
		if n, err := strconv.Atoi(m); err != nil || n < 1 || n > maxPageSizeLimit {
			r.writeError(w, &adminError{http.StatusBadRequest, fmt.Sprintf("maxpagesize %q is not between 1 and %d", m, maxPageSizeLimit)})
			return true
		}
	}
	return false
}
