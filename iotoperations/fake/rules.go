package fake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/iotoperations"
)

// The service rules below are stated by the 2025-10-01 spec
// (specification/iotoperations/resource-manager/Microsoft.IoTOperations/stable/2025-10-01/iotoperations.json):
// minimum/maximum and pattern constraints, and x-ms-mutability
// [read, create] for members fixed once a resource exists.

// brokerCreateOnly are the broker members the spec marks create-only.
var brokerCreateOnly = [][]string{
	{"properties", "advanced"}, {"properties", "cardinality"}, {"properties", "diskBackedMessageBuffer"},
	{"properties", "generateResourceLimits"}, {"properties", "memoryProfile"},
	{"properties", "persistence", "maxSize"}, {"properties", "persistence", "persistentVolumeClaimSpec"},
}

// changedCreateOnly returns the first of paths whose value the new body
// sets to something other than the stored one, or nil. A member the new
// body leaves out is kept from the stored one by the caller.
func changedCreateOnly(stored, sent json.RawMessage, paths [][]string) []string {
	for _, p := range paths {
		v := emulator.Get(sent, p...)
		if v == nil {
			continue
		}
		if !jsonEqual(v, emulator.Get(stored, p...)) {
			return p
		}
	}
	return nil
}

// jsonEqual compares two JSON values, ignoring white space and member
// order.
func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return bytes.Equal(a, b)
	}
	ax, _ := json.Marshal(x)
	by, _ := json.Marshal(y)
	return bytes.Equal(ax, by)
}

// bound is the inclusive range the spec gives an integer member.
type bound struct {
	path     []string
	min, max int64
}

// checkBounds returns why the first member outside its bound breaks it, or
// "".
func checkBounds(body json.RawMessage, bounds []bound) string {
	for _, b := range bounds {
		raw := emulator.Get(body, b.path...)
		if raw == nil {
			continue
		}
		var n int64
		if json.Unmarshal(raw, &n) != nil {
			continue // the model decode reports the wrong kind
		}
		if n < b.min || n > b.max {
			return fmt.Sprintf("%s %d is out of range: it must be between %d and %d.", dotted(b.path), n, b.min, b.max)
		}
	}
	return ""
}

func dotted(path []string) string {
	s := path[0]
	for _, p := range path[1:] {
		s += "." + p
	}
	return s
}

// checkBroker enforces the ranges of a broker's cardinality (Frontend,
// BackendChain) and the pattern of its disk-backed buffer size.
func checkBroker(body json.RawMessage) string {
	if msg := checkBounds(body, []bound{
		{[]string{"properties", "cardinality", "frontend", "replicas"}, 1, 16},
		{[]string{"properties", "cardinality", "frontend", "workers"}, 1, 16},
		{[]string{"properties", "cardinality", "backendChain", "partitions"}, 1, 16},
		{[]string{"properties", "cardinality", "backendChain", "redundancyFactor"}, 1, 5},
		{[]string{"properties", "cardinality", "backendChain", "workers"}, 1, 16},
	}); msg != "" {
		return msg
	}
	if size := emulator.GetString(body, "properties", "diskBackedMessageBuffer", "maxSize"); size != "" && !bufferSizeRE.MatchString(size) {
		return fmt.Sprintf("properties.diskBackedMessageBuffer.maxSize %q must be a number followed by K, M, G, T, P or E.", size)
	}
	return ""
}

var bufferSizeRE = regexp.MustCompile(`^[0-9]+[KMGTPE]$`)

// checkListener enforces a listener's required ports and their ranges.
func checkListener(body json.RawMessage) string {
	if msg := requiredProperties("ports")(body); msg != "" {
		return msg
	}
	var l iotoperations.BrokerListenerResource
	if json.Unmarshal(body, &l) != nil || l.Properties == nil {
		return ""
	}
	for i, p := range l.Properties.Ports {
		for name, v := range map[string]*int32{"port": p.Port, "nodePort": p.NodePort} {
			if v != nil && (*v < 0 || *v > 65535) {
				return fmt.Sprintf("properties.ports[%d].%s %d is out of range: it must be between 0 and 65535.", i, name, *v)
			}
		}
	}
	return ""
}

// endpointHosts are the host patterns of the endpoint kinds that have one.
var endpointHosts = []struct {
	settings string
	re       *regexp.Regexp
	form     string
}{
	{"dataExplorerSettings", regexp.MustCompile(`.+\..+\.kusto\.windows\.net`), "<cluster>.<region>.kusto.windows.net"},
	{"dataLakeStorageSettings", regexp.MustCompile(`.+\.blob\.core\.windows\.net`), "<account>.blob.core.windows.net"},
	{"fabricOneLakeSettings", regexp.MustCompile(`.+\.fabric\.microsoft\.com`), "<host>.fabric.microsoft.com"},
}

// checkEndpoint enforces a dataflow endpoint's required endpointType, the
// host patterns of Data Explorer, Data Lake and Fabric, and MQTT QoS 0..1.
func checkEndpoint(body json.RawMessage) string {
	if msg := requiredProperties("endpointType")(body); msg != "" {
		return msg
	}
	for _, h := range endpointHosts {
		if host := emulator.GetString(body, "properties", h.settings, "host"); host != "" && !h.re.MatchString(host) {
			return fmt.Sprintf("properties.%s.host %q must be of the form %s.", h.settings, host, h.form)
		}
	}
	return checkBounds(body, []bound{
		{[]string{"properties", "mqttSettings", "qos"}, 0, 1},
		{[]string{"properties", "mqttSettings", "keepAliveSeconds"}, 0, 1<<31 - 1},
	})
}
