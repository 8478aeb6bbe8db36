package iotoperations

import (
	"testing"

	"github.com/azclients/azclients/internal/testkit"
)

// FuzzInstanceResource checks that the InstanceResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzInstanceResource(f *testing.F) {
	f.Add([]byte(`{"location":"eastus","extendedLocation":{"name":"cl","type":"CustomLocation"},"properties":{"schemaRegistryRef":{"resourceId":"r"},"features":{"f":{"mode":"Preview","settings":{"s":"Enabled"}}}},"identity":{"type":"SystemAssigned","userAssignedIdentities":{"id":{"clientId":"c"}}},"tags":{"a":"b"}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[InstanceResource](t, data)
	})
}

// FuzzBrokerResource checks that the BrokerResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzBrokerResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"cardinality":{"backendChain":{"partitions":2,"redundancyFactor":2},"frontend":{"replicas":2}},"persistence":{"maxSize":"1G","retain":{"mode":"Custom","retainSettings":{"topics":["#"]}}},"memoryProfile":"Tiny"}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[BrokerResource](t, data)
	})
}

// FuzzBrokerListenerResource checks that the BrokerListenerResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzBrokerListenerResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"ports":[{"port":8883,"tls":{"mode":"Automatic","certManagerCertificateSpec":{"issuerRef":{"group":"cert-manager.io","kind":"Issuer","name":"i"},"san":{"dns":["a"],"ip":[]}}}}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[BrokerListenerResource](t, data)
	})
}

// FuzzBrokerAuthenticationResource checks that the BrokerAuthenticationResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzBrokerAuthenticationResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"authenticationMethods":[{"method":"X509","x509Settings":{"authorizationAttributes":{"a":{"attributes":{"k":"v"},"subject":"CN=x"}}}}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[BrokerAuthenticationResource](t, data)
	})
}

// FuzzBrokerAuthorizationResource checks that the BrokerAuthorizationResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzBrokerAuthorizationResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"authorizationPolicies":{"rules":[{"brokerResources":[{"method":"Publish","topics":["t"]}],"principals":{"attributes":[{"floor":"1"}]},"stateStoreResources":[{"keyType":"Pattern","keys":["*"],"method":"Read"}]}]}}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[BrokerAuthorizationResource](t, data)
	})
}

// FuzzDataflowEndpointResource checks that the DataflowEndpointResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzDataflowEndpointResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"endpointType":"OpenTelemetry","openTelemetrySettings":{"host":"otel:4317","authentication":{"method":"Anonymous","anonymousSettings":{}}}}}`))
	f.Add([]byte(`{"properties":{"endpointType":"Future","futureSettings":{"x":1},"openTelemetrySettings":{"host":"h","authentication":{"method":"Kerberos","realm":"R"}}}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowEndpointResource](t, data)
	})
}

// FuzzDataflowResource checks that the DataflowResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzDataflowResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"operations":[{"operationType":"Destination","destinationSettings":{"endpointRef":"e","dataDestination":"d","headers":[{"actionType":"Remove","key":"k"},{"actionType":"Rename","from":"a"}]}}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowResource](t, data)
	})
}

// FuzzDataflowGraphResource checks that the DataflowGraphResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzDataflowGraphResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"nodes":[{"nodeType":"Graph","name":"g","graphSettings":{"registryEndpointRef":"r","artifact":"a:1"}},{"nodeType":"Loop","name":"l"}],"nodeConnections":[{"from":{"name":"g"},"to":{"name":"l"}}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowGraphResource](t, data)
	})
}

// FuzzRegistryEndpointResource checks that the RegistryEndpointResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzRegistryEndpointResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"host":"h","authentication":{"method":"ArtifactPullSecret","artifactPullSecretSettings":{"secretRef":"s"}},"codeSigningCas":[{"type":"Secret","secretRef":"s"},{"type":"Vault","vault":"v"}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[RegistryEndpointResource](t, data)
	})
}

// FuzzAkriConnectorTemplateResource checks that the AkriConnectorTemplateResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzAkriConnectorTemplateResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"runtimeConfiguration":{"runtimeConfigurationType":"ManagedConfiguration","managedConfigurationSettings":{"managedConfigurationType":"ImageConfiguration","imageConfigurationSettings":{"imageName":"i","registrySettings":{"registrySettingsType":"ContainerRegistry","containerRegistrySettings":{"registry":"r"}},"tagDigestSettings":{"tagDigestType":"Tag","tag":"1"}}}},"deviceInboundEndpointTypes":[{"endpointType":"t"}]}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[AkriConnectorTemplateResource](t, data)
	})
}

// FuzzAkriConnectorResource checks that the AkriConnectorResource decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzAkriConnectorResource(f *testing.F) {
	f.Add([]byte(`{"properties":{"allocatedDevices":[{"deviceName":"d","deviceInboundEndpointName":"e"}],"provisioningState":"Succeeded"}}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[AkriConnectorResource](t, data)
	})
}

// FuzzOperationListResult checks that the OperationListResult decoder never panics and that what it
// accepts re-encodes to JSON that decodes and encodes to the same bytes.
func FuzzOperationListResult(f *testing.F) {
	f.Add([]byte(`{"value":[{"name":"Microsoft.IoTOperations/instances/read","isDataAction":false,"display":{"provider":"p"},"origin":"user,system"}],"nextLink":null}`))
	f.Add([]byte(`{"properties":null,"unknown":[1,{"x":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[OperationListResult](t, data)
	})
}
