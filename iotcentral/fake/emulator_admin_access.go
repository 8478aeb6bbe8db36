package fake

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

// ---- organizations ----

func (a *adminData) listOrganizations() []iotcentral.Organization {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]iotcentral.Organization, 0, len(a.orgOrder))
	for _, id := range a.orgOrder {
		out = append(out, a.orgs[id])
	}
	return out
}

func (a *adminData) getOrganization(id string) (iotcentral.Organization, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	o, ok := a.orgs[id]
	if !ok {
		return o, notFound("organization", id)
	}
	return o, nil
}

func (a *adminData) putOrganization(id string, body iotcentral.Organization) (iotcentral.Organization, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.storeOrganization(id, body)
}

func (a *adminData) patchOrganization(id string, patch []byte) (iotcentral.Organization, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	o, ok := a.orgs[id]
	if !ok {
		return o, notFound("organization", id)
	}
	var merged iotcentral.Organization
	if err := mergePatch(o, patch, &merged); err != nil {
		return o, err
	}
	return a.storeOrganization(id, merged)
}

// storeOrganization checks the parent (it exists, and is not the
// organization or one of its descendants) and stores the organization.
func (a *adminData) storeOrganization(id string, o iotcentral.Organization) (iotcentral.Organization, error) {
	if o.Parent != nil {
		for p := *o.Parent; ; {
			if p == id {
				return o, invalidBody("organization %q cannot be its own ancestor", id)
			}
			parent, ok := a.orgs[p]
			if !ok {
				return o, invalidBody("parent organization %q does not exist", p)
			}
			if parent.Parent == nil {
				break
			}
			p = *parent.Parent
		}
	}
	o.ID = to.Ptr(id)
	if _, exists := a.orgs[id]; !exists {
		a.orgOrder = append(a.orgOrder, id)
	}
	a.orgs[id] = o
	return o, nil
}

func (a *adminData) deleteOrganization(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.orgs[id]; !ok {
		return notFound("organization", id)
	}
	for _, child := range a.orgs {
		if child.Parent != nil && *child.Parent == id {
			return conflict("organization %q has child organization %q", id, *child.ID)
		}
	}
	delete(a.orgs, id)
	a.orgOrder = slices.DeleteFunc(a.orgOrder, func(s string) bool { return s == id })
	return nil
}

// checkRoles checks that each role exists and each organization too.
func (a *adminData) checkRoles(roles []iotcentral.RoleAssignment) error {
	if len(roles) == 0 {
		return invalidBody("roles must hold at least one role assignment")
	}
	for i, r := range roles {
		if r.Role == nil || !slices.ContainsFunc(a.roles, func(known iotcentral.Role) bool { return *known.ID == *r.Role }) {
			return invalidBody("roles[%d].role is not a role of the application", i)
		}
		if r.Organization != nil {
			if _, ok := a.orgs[*r.Organization]; !ok {
				return invalidBody("roles[%d].organization %q does not exist", i, *r.Organization)
			}
		}
	}
	return nil
}

// ---- users ----

func (a *adminData) listUsers() []iotcentral.User {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]iotcentral.User, 0, len(a.userOrder))
	for _, id := range a.userOrder {
		out = append(out, a.users[id])
	}
	return out
}

func (a *adminData) getUser(id string) (iotcentral.User, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	u, ok := a.users[id]
	if !ok {
		return nil, notFound("user", id)
	}
	return u, nil
}

func (a *adminData) putUser(id string, body []byte) (iotcentral.User, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	u, err := unmarshalUnion[iotcentral.User](body)
	if err != nil || u == nil {
		return nil, invalidBody("the body is not a user")
	}
	return a.storeUser(id, u)
}

func (a *adminData) patchUser(id string, patch []byte) (iotcentral.User, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	u, ok := a.users[id]
	if !ok {
		return nil, notFound("user", id)
	}
	merged, err := mergeJSON(u, patch)
	if err != nil {
		return nil, err
	}
	nu, err := unmarshalUnion[iotcentral.User](merged)
	if err != nil || nu == nil {
		return nil, invalidBody("the patched user is not a user")
	}
	if nu.Kind() != u.Kind() {
		return nil, invalidBody("a user's type cannot change")
	}
	return a.storeUser(id, nu)
}

// storeUser checks a user's required members and roles, sets its ID and
// stores it.
func (a *adminData) storeUser(id string, u iotcentral.User) (iotcentral.User, error) {
	switch u := u.(type) {
	case *iotcentral.EmailUser:
		if u.Email == nil || *u.Email == "" {
			return nil, invalidBody("email is required")
		}
		u.ID = to.Ptr(id)
	case *iotcentral.ServicePrincipalUser:
		if u.TenantID == nil || u.ObjectID == nil {
			return nil, invalidBody("tenantId and objectId are required")
		}
		u.ID = to.Ptr(id)
	case *iotcentral.ADGroupUser:
		if u.TenantID == nil || u.ObjectID == nil {
			return nil, invalidBody("tenantId and objectId are required")
		}
		u.ID = to.Ptr(id)
	default:
		return nil, invalidBody("user type %q is not supported", u.Kind())
	}
	if err := a.checkRoles(u.Info().Roles); err != nil {
		return nil, err
	}
	if _, exists := a.users[id]; !exists {
		a.userOrder = append(a.userOrder, id)
	}
	a.users[id] = u
	return u, nil
}

func (a *adminData) deleteUser(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.users[id]; !ok {
		return notFound("user", id)
	}
	delete(a.users, id)
	a.userOrder = slices.DeleteFunc(a.userOrder, func(s string) bool { return s == id })
	return nil
}

// ---- roles ----

func (a *adminData) listRoles() []iotcentral.Role {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.roles)
}

func (a *adminData) getRole(id string) (iotcentral.Role, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, r := range a.roles {
		if *r.ID == id {
			return r, nil
		}
	}
	return iotcentral.Role{}, notFound("role", id)
}

// ---- API tokens ----

// withoutSecret is a token as GET and list show it.
func withoutSecret(t iotcentral.APIToken) iotcentral.APIToken {
	t.Token = nil
	return t
}

func (a *adminData) listTokens() []iotcentral.APIToken {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]iotcentral.APIToken, 0, len(a.tokOrder))
	for _, id := range a.tokOrder {
		out = append(out, withoutSecret(a.tokens[id]))
	}
	return out
}

func (a *adminData) getToken(id string) (iotcentral.APIToken, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	t, ok := a.tokens[id]
	if !ok {
		return t, notFound("API token", id)
	}
	return withoutSecret(t), nil
}

// createToken stores a token with a new secret, which only this answer
// carries; a token expires a year after its creation unless it says
// otherwise.
func (a *adminData) createToken(id string, body iotcentral.APIToken, now time.Time) (iotcentral.APIToken, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, exists := a.tokens[id]; exists {
		return body, conflict("API token %q already exists", id)
	}
	if err := a.checkRoles(body.Roles); err != nil {
		return body, err
	}
	if body.Expiry == nil {
		body.Expiry = to.Ptr(now.AddDate(1, 0, 0).UTC())
	}
	body.ID = to.Ptr(id)
	body.Token = to.Ptr(newTokenSecret(id, *body.Expiry))
	a.tokens[id] = body
	a.tokOrder = append(a.tokOrder, id)
	return body, nil
}

func (a *adminData) deleteToken(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.tokens[id]; !ok {
		return notFound("API token", id)
	}
	delete(a.tokens, id)
	a.tokOrder = slices.DeleteFunc(a.tokOrder, func(s string) bool { return s == id })
	return nil
}

// ---- JSON merge patch (RFC 7386) ----

// mergePatch applies patch to orig and decodes the result into out.
func mergePatch(orig any, patch []byte, out json.Unmarshaler) error {
	merged, err := mergeJSON(orig, patch)
	if err != nil {
		return err
	}
	if err := out.UnmarshalJSON(merged); err != nil {
		return invalidBody("the patched document is invalid: %v", err)
	}
	return nil
}

// mergeJSON applies a JSON merge patch to the JSON of orig.
func mergeJSON(orig any, patch []byte) ([]byte, error) {
	base, err := encodeBody(orig)
	if err != nil {
		return nil, err
	}
	var doc, p any
	if err := json.Unmarshal(base, &doc); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(patch, &p); err != nil {
		return nil, invalidBody("the patch is not JSON: %v", err)
	}
	if _, ok := p.(map[string]any); !ok {
		return nil, invalidBody("the patch is not a JSON object")
	}
	return json.Marshal(applyMerge(doc, p))
}

func applyMerge(doc, patch any) any {
	pm, ok := patch.(map[string]any)
	if !ok {
		return patch
	}
	dm, ok := doc.(map[string]any)
	if !ok {
		dm = map[string]any{}
	}
	for k, v := range pm {
		if v == nil {
			delete(dm, k)
			continue
		}
		dm[k] = applyMerge(dm[k], v)
	}
	return dm
}
