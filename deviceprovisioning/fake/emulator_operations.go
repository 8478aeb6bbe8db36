package fake

import (
	"encoding/json"
	"net/http"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// providerOperations are the operations the emulated provider lists, as
// Operations_List names them.
var providerOperations = []struct{ name, resource, operation string }{
	{"Microsoft.Devices/register/action", "Microsoft.Devices", "Register Resource Provider"},
	{"Microsoft.Devices/provisioningServices/read", "ProvisioningServices", "Get Provisioning Service"},
	{"Microsoft.Devices/provisioningServices/write", "ProvisioningServices", "Create or Update Provisioning Service"},
	{"Microsoft.Devices/provisioningServices/delete", "ProvisioningServices", "Delete Provisioning Service"},
	{"Microsoft.Devices/provisioningServices/listkeys/action", "ProvisioningServices", "List Shared Access Keys"},
	{"Microsoft.Devices/provisioningServices/keys/listkeys/action", "ProvisioningServices", "Get Shared Access Key"},
	{"Microsoft.Devices/provisioningServices/skus/read", "ProvisioningServices", "List Valid SKUs"},
	{"Microsoft.Devices/provisioningServices/certificates/read", "Certificates", "Get Certificate"},
	{"Microsoft.Devices/provisioningServices/certificates/write", "Certificates", "Create or Update Certificate"},
	{"Microsoft.Devices/provisioningServices/certificates/delete", "Certificates", "Delete Certificate"},
	{"Microsoft.Devices/provisioningServices/certificates/generateVerificationCode/action", "Certificates", "Generate Verification Code"},
	{"Microsoft.Devices/provisioningServices/certificates/verify/action", "Certificates", "Verify Certificate"},
	{"Microsoft.Devices/checkProvisioningServiceNameAvailability/action", "ProvisioningServices", "Check Name Availability"},
}

// listOperations answers the provider's operations, page by page.
func (e *Emulator) listOperations(w http.ResponseWriter, r *http.Request) {
	items := make([]json.RawMessage, 0, len(providerOperations))
	for _, op := range providerOperations {
		body, err := dps.Operation{Name: ptr(op.name), Display: &dps.OperationDisplay{
			Provider: ptr("Microsoft Devices"), Resource: ptr(op.resource), Operation: ptr(op.operation),
		}}.MarshalJSON()
		if err != nil {
			e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
			return
		}
		items = append(items, body)
	}
	e.emu.WritePage(w, r, items)
}
