package iotcentral

import "reflect"

// isNilUnion reports whether a value of a union interface (Attestation,
// User, JobData, JobScheduleEnd) is missing: a nil interface, or a typed
// nil pointer in it, which would otherwise be sent as JSON null.
func isNilUnion(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}
