package deviceprovisioning

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
)

// DeriveDeviceKey returns the symmetric key of the device registrationID
// in a symmetric-key enrollment group whose key is groupKey (base64, the
// group's primary or secondary key): the base64 HMAC-SHA256 of the
// registration ID keyed with the decoded group key, as the service
// computes it when the device registers
// (https://learn.microsoft.com/azure/iot-dps/how-to-legacy-device-symm-key#derive-a-device-key).
// The device then authenticates with the derived key, so the group key
// never has to leave the back end. An invalid group key is a
// *ValidationError that does not hold it.
func DeriveDeviceKey(groupKey, registrationID string) (string, error) {
	key, err := base64.StdEncoding.DecodeString(groupKey)
	if err != nil || len(key) == 0 {
		return "", &ValidationError{Field: "groupKey", Value: "(redacted)", Rule: "must be a base64 key, as the service shows it"}
	}
	if registrationID == "" {
		return "", &ValidationError{Field: "registrationID", Rule: "is required"}
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(registrationID))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil)), nil
}
