package iotoperations

// Defaults the service applies to members left unset, as the 2025-10-01
// spec declares them. (The dataflow profile's are DefaultInstanceCount,
// DefaultLogLevel and DefaultPrometheusPort.)
const (
	// DefaultOperationalMode is the value of the many on/off members that
	// default to on: a dataflow's or graph's mode, TLS modes, batching,
	// traces, self-checks, encryptInternalTraffic, copyMqttProperties,
	// generateResourceLimits.cpu and the authorization cache.
	DefaultOperationalMode = OperationalModeEnabled

	// DefaultBrokerMemoryProfile is a broker's memoryProfile.
	DefaultBrokerMemoryProfile = BrokerMemoryProfileMedium
	// DefaultFrontendWorkers is Frontend.Workers.
	DefaultFrontendWorkers int32 = 2
	// DefaultBackendChainWorkers is BackendChain.Workers.
	DefaultBackendChainWorkers int32 = 1
	// DefaultSelfCheckIntervalSeconds is SelfCheck.IntervalSeconds.
	DefaultSelfCheckIntervalSeconds int32 = 30
	// DefaultSelfCheckTimeoutSeconds is SelfCheck.TimeoutSeconds.
	DefaultSelfCheckTimeoutSeconds int32 = 15
	// DefaultTracesCacheSizeMegabytes is Traces.CacheSizeMegabytes.
	DefaultTracesCacheSizeMegabytes int32 = 16
	// DefaultTracesSpanChannelCapacity is Traces.SpanChannelCapacity.
	DefaultTracesSpanChannelCapacity int32 = 1000
	// DefaultSelfTracingIntervalSeconds is SelfTracing.IntervalSeconds.
	DefaultSelfTracingIntervalSeconds int32 = 30
	// DefaultSubscriberMessageDropStrategy is SubscriberQueueLimit.Strategy.
	DefaultSubscriberMessageDropStrategy = SubscriberMessageDropStrategyNone

	// DefaultListenerServiceType is a broker listener's serviceType.
	DefaultListenerServiceType = ServiceTypeClusterIP
	// DefaultListenerProtocol is ListenerPort.Protocol.
	DefaultListenerProtocol = BrokerProtocolTypeMqtt
	// DefaultTrustedClientCaCert is BrokerAuthenticatorMethodX509.TrustedClientCaCert.
	DefaultTrustedClientCaCert = "client-ca"
	// DefaultCertManagerIssuerGroup is CertManagerIssuerRef.Group.
	DefaultCertManagerIssuerGroup = "cert-manager.io"

	// DefaultBatchingLatencySeconds is BatchingConfiguration.LatencySeconds.
	DefaultBatchingLatencySeconds int32 = 60
	// DefaultBatchingMaxMessages is BatchingConfiguration.MaxMessages and
	// DataflowEndpointKafkaBatching.MaxMessages.
	DefaultBatchingMaxMessages int32 = 100000
	// DefaultKafkaBatchingLatencyMs is DataflowEndpointKafkaBatching.LatencyMs.
	DefaultKafkaBatchingLatencyMs int32 = 5
	// DefaultKafkaBatchingMaxBytes is DataflowEndpointKafkaBatching.MaxBytes.
	DefaultKafkaBatchingMaxBytes int32 = 1000000
	// DefaultKafkaCompression is DataflowEndpointKafka.Compression.
	DefaultKafkaCompression = DataflowEndpointKafkaCompressionNone
	// DefaultKafkaAcks is DataflowEndpointKafka.KafkaAcks.
	DefaultKafkaAcks = DataflowEndpointKafkaAcksAll
	// DefaultKafkaPartitionStrategy is DataflowEndpointKafka.PartitionStrategy.
	DefaultKafkaPartitionStrategy = DataflowEndpointKafkaPartitionStrategyDefault
	// DefaultMqttProtocol is DataflowEndpointMqtt.Protocol.
	DefaultMqttProtocol = BrokerProtocolTypeMqtt
	// DefaultMqttKeepAliveSeconds is DataflowEndpointMqtt.KeepAliveSeconds.
	DefaultMqttKeepAliveSeconds int32 = 60
	// DefaultMqttRetain is DataflowEndpointMqtt.Retain.
	DefaultMqttRetain = MqttRetainTypeKeep
	// DefaultMqttMaxInflightMessages is DataflowEndpointMqtt.MaxInflightMessages.
	DefaultMqttMaxInflightMessages int32 = 100
	// DefaultMqttQos is DataflowEndpointMqtt.Qos.
	DefaultMqttQos int32 = 1

	// DefaultSourceSerializationFormat is DataflowSourceOperationSettings.SerializationFormat.
	DefaultSourceSerializationFormat = SourceSerializationFormatJSON
	// DefaultTransformationSerializationFormat is
	// DataflowBuiltInTransformationSettings.SerializationFormat.
	DefaultTransformationSerializationFormat = TransformationSerializationFormatJSON
	// DefaultFilterType is DataflowBuiltInTransformationFilter.Type.
	DefaultFilterType = FilterTypeFilter

	// DefaultAkriLogLevel is AkriConnectorsDiagnosticsLogs.Level.
	DefaultAkriLogLevel = "info"
)
