package fake

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// RegisterDevice registers a device with the provisioning service whose
// service API answers at host (its serviceOperationsHostName), as the
// device API would after a symmetric-key attestation: the device
// registrationID proves itself with symmetricKey, which must be a key of
// its individual enrollment or, for an enrollment group with a symmetric
// key, the key derived from the group's (see
// deviceprovisioning.DeriveDeviceKey). The device is assigned to the first
// IoT hub its enrollment lists, else the first hub linked to the service,
// and its registration state is stored and returned. A key that matches
// nothing, or a disabled enrollment, is an error, as the service would
// refuse the device.
func (e *Emulator) RegisterDevice(host, registrationID, symmetricKey string) (dps.DeviceRegistrationState, error) {
	var state dps.DeviceRegistrationState
	name, _ := strings.CutSuffix(strings.ToLower(host), serviceHostSuffix)
	e.mu.Lock()
	key := e.names[name]
	e.mu.Unlock()
	rec, ok := e.emu.Store().Get(key)
	var in instance
	if !ok || in.svc.UnmarshalJSON(rec.Body) != nil || in.svc.Properties == nil {
		return state, fmt.Errorf("fake: no provisioning service answers at %s", host)
	}
	in.key, in.host = key, strings.ToLower(host)

	group, hubs, deviceID, status, err := e.match(in, registrationID, symmetricKey)
	if err != nil {
		return state, err
	}
	if status != nil && *status == dps.ProvisioningStatusDisabled {
		return state, errors.New("fake: the device's enrollment is disabled")
	}
	if len(hubs) == 0 {
		for _, h := range in.svc.Properties.IotHubs {
			if h.Name != nil {
				hubs = append(hubs, *h.Name)
			}
		}
	}
	now := e.emu.Clock().Now().UTC()
	state = dps.DeviceRegistrationState{
		RegistrationID: ptr(registrationID), CreatedDateTimeUTC: ptr(now), LastUpdatedDateTimeUTC: ptr(now),
		DeviceID: ptr(deviceID), Status: ptr(dps.RegistrationStatusAssigned), Substatus: ptr(dps.RegistrationSubstatusInitialAssignment),
	}
	if len(hubs) == 0 {
		state.Status, state.Substatus = ptr(dps.RegistrationStatusFailed), nil
		state.ErrorCode, state.ErrorMessage = ptr(int32(400209)), ptr("No IoT hub is linked to the provisioning service.")
	} else {
		state.AssignedHub = ptr(hubs[0])
	}
	regKey := registrationKey(in, registrationID)
	if old, ok := e.emu.Store().Get(regKey); ok {
		var prev dps.DeviceRegistrationState
		if prev.UnmarshalJSON(old.Body) == nil && prev.CreatedDateTimeUTC != nil {
			state.CreatedDateTimeUTC = prev.CreatedDateTimeUTC
		}
	}
	body, err := state.MarshalJSON()
	if err != nil {
		return state, err
	}
	stored, _, err := e.emu.Store().Put(regKey, body, "")
	if err != nil {
		return state, err
	}
	e.mu.Lock()
	e.regGroups[strings.ToLower(regKey)] = group
	e.mu.Unlock()
	state.Etag = ptr(strings.Trim(stored.ETag, `"`))
	return state, nil
}

// match finds what a device's key proves: its individual enrollment, or
// the symmetric-key enrollment group whose derived key it is.
func (e *Emulator) match(in instance, registrationID, key string) (group string, hubs []string, deviceID string, status *dps.ProvisioningStatus, err error) {
	if rec, ok := e.emu.Store().Get(individualEnrollments.key(in, registrationID)); ok {
		var en dps.IndividualEnrollment
		if err := en.UnmarshalJSON(rec.Body); err == nil {
			if sk, ok := en.Attestation.(*dps.SymmetricKeyAttestationMechanism); ok && sk.SymmetricKey != nil && oneOf(key, sk.SymmetricKey.PrimaryKey, sk.SymmetricKey.SecondaryKey) {
				deviceID = registrationID
				if en.DeviceID != nil {
					deviceID = *en.DeviceID
				}
				return "", en.IotHubs, deviceID, en.ProvisioningStatus, nil
			}
		}
	}
	for _, rec := range e.emu.Store().List(in.key + "/" + enrollmentGroups.collection) {
		var g dps.EnrollmentGroup
		if g.UnmarshalJSON(rec.Body) != nil {
			continue
		}
		sk, ok := g.Attestation.(*dps.SymmetricKeyAttestationMechanism)
		if !ok || sk.SymmetricKey == nil {
			continue
		}
		for _, gk := range []*string{sk.SymmetricKey.PrimaryKey, sk.SymmetricKey.SecondaryKey} {
			if gk != nil && derive(*gk, registrationID) == key {
				return *g.EnrollmentGroupID, g.IotHubs, registrationID, g.ProvisioningStatus, nil
			}
		}
	}
	return "", nil, "", nil, errors.New("fake: the key matches no enrollment of the device and no enrollment group")
}

func oneOf(key string, candidates ...*string) bool {
	for _, c := range candidates {
		if c != nil && hmac.Equal([]byte(*c), []byte(key)) {
			return true
		}
	}
	return false
}

// derive is the service's derivation of a device key from a group key.
func derive(groupKey, registrationID string) string {
	k, err := base64.StdEncoding.DecodeString(groupKey)
	if err != nil {
		return ""
	}
	mac := hmac.New(sha256.New, k)
	mac.Write([]byte(registrationID))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// deleteChildren removes what lived in a deleted service: its
// certificates, enrollments, enrollment groups and registrations.
func (e *Emulator) deleteChildren(serviceKey string) {
	for _, collection := range []string{"certificates", individualEnrollments.collection, enrollmentGroups.collection, "registrations"} {
		for _, rec := range e.emu.Store().List(serviceKey + "/" + collection) {
			_, _ = e.emu.Store().Delete(rec.Key, "")
			e.mu.Lock()
			delete(e.regGroups, strings.ToLower(rec.Key))
			e.mu.Unlock()
		}
	}
}
