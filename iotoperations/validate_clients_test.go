package iotoperations_test

import (
	"context"
	"errors"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// TestEveryChildMethodChecksItsPath checks that every child client method
// refuses a dot segment as the resource name before anything is sent,
// naming the path parameter.
func TestEveryChildMethodChecksItsPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		method string
		call   func(ctx context.Context, f *iotoperations.ClientFactory) error
	}{
		{"BrokersClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokersClient().Get(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"BrokersClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokersClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "..", iotoperations.BrokerResource{}, nil)
			return err
		}},
		{"BrokersClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokersClient().BeginDelete(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"BrokerListenersClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerListenersClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"BrokerListenersClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerListenersClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.BrokerListenerResource{}, nil)
			return err
		}},
		{"BrokerListenersClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerListenersClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"BrokerAuthenticationsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthenticationsClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"BrokerAuthenticationsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthenticationsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.BrokerAuthenticationResource{}, nil)
			return err
		}},
		{"BrokerAuthenticationsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthenticationsClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"BrokerAuthorizationsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthorizationsClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"BrokerAuthorizationsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthorizationsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.BrokerAuthorizationResource{}, nil)
			return err
		}},
		{"BrokerAuthorizationsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerAuthorizationsClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"DataflowEndpointsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowEndpointsClient().Get(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"DataflowEndpointsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowEndpointsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "..", iotoperations.DataflowEndpointResource{}, nil)
			return err
		}},
		{"DataflowEndpointsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowEndpointsClient().BeginDelete(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"DataflowsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowsClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"DataflowsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.DataflowResource{}, nil)
			return err
		}},
		{"DataflowsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowsClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"DataflowGraphsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowGraphsClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"DataflowGraphsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowGraphsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.DataflowGraphResource{}, nil)
			return err
		}},
		{"DataflowGraphsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowGraphsClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"RegistryEndpointsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewRegistryEndpointsClient().Get(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"RegistryEndpointsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewRegistryEndpointsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "..", iotoperations.RegistryEndpointResource{}, nil)
			return err
		}},
		{"RegistryEndpointsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewRegistryEndpointsClient().BeginDelete(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"AkriConnectorTemplatesClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorTemplatesClient().Get(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"AkriConnectorTemplatesClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorTemplatesClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "..", iotoperations.AkriConnectorTemplateResource{}, nil)
			return err
		}},
		{"AkriConnectorTemplatesClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorTemplatesClient().BeginDelete(ctx, resourceGroup, instance, "..", nil)
			return err
		}},
		{"AkriConnectorsClient.Get", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorsClient().Get(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
		{"AkriConnectorsClient.BeginCreateOrUpdate", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorsClient().BeginCreateOrUpdate(ctx, resourceGroup, instance, "parent-1", "..", iotoperations.AkriConnectorResource{}, nil)
			return err
		}},
		{"AkriConnectorsClient.BeginDelete", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewAkriConnectorsClient().BeginDelete(ctx, resourceGroup, instance, "parent-1", "..", nil)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			t.Parallel()
			transport := &counting{next: fake.NewEmulator(nil)}
			f, err := iotoperations.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
				ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: transport}},
			})
			if err != nil {
				t.Fatal(err)
			}
			err = tt.call(context.Background(), f)
			var ve *iotoperations.ValidationError
			if !errors.As(err, &ve) || ve.Rule != "must not be a dot segment" || ve.Value != `".."` {
				t.Errorf("error = %v, want a *ValidationError for the dot segment", err)
			}
			if transport.count() != 0 {
				t.Errorf("%d request(s) were sent", transport.count())
			}
		})
	}
}
