package benchcmp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/deviceprovisioningservices/armdeviceprovisioningservices"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// richBody is a provisioning service description of more than 5 KB: linked
// hubs, access policies, IP filter rules, private endpoint connections and
// tags, with members neither SDK declares at three levels (the resource,
// its properties, and each linked hub and its nested objects).
var richBody = func() []byte {
	var b strings.Builder
	b.WriteString(`{"etag":"AAAAAAAADGk=","name":"richDps","location":"eastus","type":"Microsoft.Devices/ProvisioningServices",` +
		`"id":"/subscriptions/91d12660-3dec-467a-be2a-213b5544ddc0/resourceGroups/rg/providers/Microsoft.Devices/ProvisioningServices/richDps",` +
		`"sku":{"name":"S1","tier":"Standard","capacity":3},"tags":{"env":"prod","team":"iot","cost":"1234"},` +
		`"futureTopLevel":{"enabled":true,"window":"PT5M"},"properties":{"state":"Active","provisioningState":"Succeeded","allocationPolicy":"GeoLatency",` +
		`"serviceOperationsHostName":"richDps.azure-devices-provisioning.net","deviceProvisioningHostName":"global.azure-devices-provisioning.net",` +
		`"idScope":"0ne00000012","enableDataResidency":true,"publicNetworkAccess":"Enabled","futureProperty":{"mode":"strict","levels":[1,2,3]},"iotHubs":[`)
	for i := range 12 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"applyAllocationPolicy":true,"allocationWeight":%d,"name":"hub%02d.azure-devices.net","connectionString":"HostName=hub%02d.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=****","location":"eastus","futureHubMember":{"tier":"gold","nested":{"depth":3}}}`, i+1, i, i)
	}
	b.WriteString(`],"authorizationPolicies":[`)
	for i := range 6 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"keyName":"policy%d","primaryKey":"****","secondaryKey":"****","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite"}`, i)
	}
	b.WriteString(`],"ipFilterRules":[`)
	for i := range 8 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"filterName":"rule%d","action":"Accept","ipMask":"10.%d.0.0/16","target":"all"}`, i, i)
	}
	b.WriteString(`],"privateEndpointConnections":[`)
	for i := range 3 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"/subscriptions/91d12660-3dec-467a-be2a-213b5544ddc0/resourceGroups/rg/providers/Microsoft.Devices/ProvisioningServices/richDps/privateEndpointConnections/pec%d","name":"pec%d","type":"Microsoft.Devices/ProvisioningServices/PrivateEndpointConnections","properties":{"privateEndpoint":{"id":"/subscriptions/91d12660-3dec-467a-be2a-213b5544ddc0/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe%d"},"privateLinkServiceConnectionState":{"status":"Approved","description":"ok","actionsRequired":"None"}}}`, i, i, i)
	}
	b.WriteString(`]}}`)
	return []byte(b.String())
}()

func TestRichBodyRoundTrips(t *testing.T) {
	if len(richBody) < 5<<10 {
		t.Fatalf("the rich body is %d bytes, want at least 5 KB", len(richBody))
	}
	var d dps.ProvisioningServiceDescription
	if err := d.UnmarshalJSON(richBody); err != nil {
		t.Fatal(err)
	}
	if d.Unknown["futureTopLevel"] == nil || d.Properties.Unknown["futureProperty"] == nil || d.Properties.IotHubs[0].Unknown["futureHubMember"] == nil {
		t.Fatal("unknown members were not kept at every level")
	}
	out, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tree(t, richBody), tree(t, out)); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
}

func BenchmarkDecodeRich(b *testing.B) {
	b.Run("azclients", func(b *testing.B) {
		b.SetBytes(int64(len(richBody)))
		b.ReportAllocs()
		for b.Loop() {
			var d dps.ProvisioningServiceDescription
			if err := d.UnmarshalJSON(richBody); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("official", func(b *testing.B) {
		b.SetBytes(int64(len(richBody)))
		b.ReportAllocs()
		for b.Loop() {
			var d armdeviceprovisioningservices.ProvisioningServiceDescription
			if err := d.UnmarshalJSON(richBody); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEncodeRich(b *testing.B) {
	b.Run("azclients", func(b *testing.B) {
		var d dps.ProvisioningServiceDescription
		if err := d.UnmarshalJSON(richBody); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(richBody)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := d.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("official", func(b *testing.B) {
		var d armdeviceprovisioningservices.ProvisioningServiceDescription
		if err := d.UnmarshalJSON(richBody); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(richBody)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := d.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
