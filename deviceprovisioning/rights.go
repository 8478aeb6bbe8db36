package deviceprovisioning

import "strings"

// AccessRightsDescription is what a shared access policy allows. The
// service stores and returns several rights as one value, comma separated:
// "ServiceConfig, DeviceConnect, EnrollmentWrite". Build such a value with
// AccessRights and take one apart with Rights or Has; a value decodes and
// encodes exactly as the service sent it.
type AccessRightsDescription string

// Single rights, as the spec lists them.
const (
	AccessRightsDescriptionServiceConfig           AccessRightsDescription = "ServiceConfig"
	AccessRightsDescriptionEnrollmentRead          AccessRightsDescription = "EnrollmentRead"
	AccessRightsDescriptionEnrollmentWrite         AccessRightsDescription = "EnrollmentWrite"
	AccessRightsDescriptionDeviceConnect           AccessRightsDescription = "DeviceConnect"
	AccessRightsDescriptionRegistrationStatusRead  AccessRightsDescription = "RegistrationStatusRead"
	AccessRightsDescriptionRegistrationStatusWrite AccessRightsDescription = "RegistrationStatusWrite"
)

// PossibleAccessRightsDescriptionValues returns every single right.
func PossibleAccessRightsDescriptionValues() []AccessRightsDescription {
	return []AccessRightsDescription{
		AccessRightsDescriptionServiceConfig, AccessRightsDescriptionEnrollmentRead, AccessRightsDescriptionEnrollmentWrite,
		AccessRightsDescriptionDeviceConnect, AccessRightsDescriptionRegistrationStatusRead, AccessRightsDescriptionRegistrationStatusWrite,
	}
}

// AccessRights combines rights into one value in the service's spelling,
// "ServiceConfig, DeviceConnect". Each argument may itself be combined;
// repeated rights (compared ignoring case) are written once, in the order
// first given.
func AccessRights(rights ...AccessRightsDescription) AccessRightsDescription {
	var b strings.Builder
	var seen []AccessRightsDescription
	for _, combined := range rights {
		for _, r := range combined.Rights() {
			if containsRight(seen, r) {
				continue
			}
			if len(seen) > 0 {
				b.WriteString(", ")
			}
			b.WriteString(string(r))
			seen = append(seen, r)
		}
	}
	return AccessRightsDescription(b.String())
}

// Rights splits a combined value into single rights, in order, trimming
// white space and skipping empty parts; nil for an empty value.
func (r AccessRightsDescription) Rights() []AccessRightsDescription {
	var out []AccessRightsDescription
	for part := range strings.SplitSeq(string(r), ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, AccessRightsDescription(part))
		}
	}
	return out
}

// Has reports whether r includes every right of want (compared ignoring
// case, as the service does). An empty want is included in anything.
func (r AccessRightsDescription) Has(want AccessRightsDescription) bool {
	have := r.Rights()
	for _, w := range want.Rights() {
		if !containsRight(have, w) {
			return false
		}
	}
	return true
}

func containsRight(rights []AccessRightsDescription, r AccessRightsDescription) bool {
	for _, x := range rights {
		if strings.EqualFold(string(x), string(r)) {
			return true
		}
	}
	return false
}

// ManagedServiceIdentityType is the kind of managed identity a provisioning
// service has (2025-02-01-preview).
type ManagedServiceIdentityType string

// Values of ManagedServiceIdentityType.
const (
	ManagedServiceIdentityTypeNone                       ManagedServiceIdentityType = "None"
	ManagedServiceIdentityTypeSystemAssigned             ManagedServiceIdentityType = "SystemAssigned"
	ManagedServiceIdentityTypeUserAssigned               ManagedServiceIdentityType = "UserAssigned"
	ManagedServiceIdentityTypeSystemAssignedUserAssigned ManagedServiceIdentityType = "SystemAssigned,UserAssigned"
)

// PossibleManagedServiceIdentityTypeValues returns every
// ManagedServiceIdentityType value.
func PossibleManagedServiceIdentityTypeValues() []ManagedServiceIdentityType {
	return []ManagedServiceIdentityType{
		ManagedServiceIdentityTypeNone, ManagedServiceIdentityTypeSystemAssigned,
		ManagedServiceIdentityTypeUserAssigned, ManagedServiceIdentityTypeSystemAssignedUserAssigned,
	}
}

// ParseManagedServiceIdentityType returns the spec's spelling of s when s
// names a known type ignoring case and white space: the service and its
// examples write both "SystemAssigned,UserAssigned" and
// "SystemAssigned, UserAssigned", and both parse to
// ManagedServiceIdentityTypeSystemAssignedUserAssigned. Any other value is
// returned as is. ManagedServiceIdentity decodes its type with it.
func ParseManagedServiceIdentityType(s string) ManagedServiceIdentityType {
	compact := strings.Join(strings.Fields(s), "")
	for _, t := range PossibleManagedServiceIdentityTypeValues() {
		if strings.EqualFold(compact, string(t)) {
			return t
		}
	}
	return ManagedServiceIdentityType(s)
}

// HasSystemAssigned reports whether t includes a system-assigned identity.
func (t ManagedServiceIdentityType) HasSystemAssigned() bool {
	p := ParseManagedServiceIdentityType(string(t))
	return p == ManagedServiceIdentityTypeSystemAssigned || p == ManagedServiceIdentityTypeSystemAssignedUserAssigned
}

// HasUserAssigned reports whether t includes user-assigned identities.
func (t ManagedServiceIdentityType) HasUserAssigned() bool {
	p := ParseManagedServiceIdentityType(string(t))
	return p == ManagedServiceIdentityTypeUserAssigned || p == ManagedServiceIdentityTypeSystemAssignedUserAssigned
}
