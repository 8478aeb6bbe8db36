package iotoperations_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// exampleSub is the subscription the examples work in.
const exampleSub = "5d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"

// exampleClient returns a client of an emulator holding the instance
// "aio-line1" in resource group "factory-rg". Against Azure, pass a
// credential such as azidentity.NewDefaultAzureCredential and nil options.
func exampleClient() *iotoperations.DataflowProfilesClient {
	emu := fake.NewEmulator(nil)
	emu.AddInstance(exampleSub, "factory-rg", "aio-line1")
	client, err := iotoperations.NewDataflowProfilesClient(exampleSub, &azfake.TokenCredential{},
		&iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		log.Fatal(err)
	}
	return client
}

// examplePolling polls every millisecond, for the emulator; against Azure,
// pass nil (the service's Retry-After, else every 30 seconds).
var examplePolling = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func exampleCreate(ctx context.Context, client *iotoperations.DataflowProfilesClient, name string, instances int32) {
	poller, err := client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", name, iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{
			Name: to.Ptr("/subscriptions/" + exampleSub + "/resourceGroups/factory-rg/providers/Microsoft.ExtendedLocation/customLocations/line1"),
			Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation),
		},
		Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr(instances)},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, examplePolling); err != nil {
		log.Fatal(err)
	}
}

func ExampleDataflowProfilesClient_BeginCreateOrUpdate() {
	client := exampleClient()
	ctx := context.Background()
	poller, err := client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "telemetry", iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{
			Name: to.Ptr("/subscriptions/" + exampleSub + "/resourceGroups/factory-rg/providers/Microsoft.ExtendedLocation/customLocations/line1"),
			Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation),
		},
		Properties: &iotoperations.DataflowProfileProperties{
			InstanceCount: to.Ptr[int32](3),
			Diagnostics: &iotoperations.ProfileDiagnostics{
				Logs:    &iotoperations.DiagnosticsLogs{Level: to.Ptr("debug")},
				Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr[int32](9600)},
			},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	profile, err := poller.PollUntilDone(ctx, examplePolling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*profile.Name, *profile.Properties.ProvisioningState, *profile.Properties.InstanceCount, "instances")
	// Output: telemetry Succeeded 3 instances
}

// Scaling a dataflow profile is a read-modify-write: members this version
// does not know travel back unchanged.
func ExampleDataflowProfilesClient_Get() {
	client := exampleClient()
	ctx := context.Background()
	exampleCreate(ctx, client, "telemetry", 1)

	got, err := client.Get(ctx, "factory-rg", "aio-line1", "telemetry", nil)
	if err != nil {
		log.Fatal(err)
	}
	got.Properties.InstanceCount = to.Ptr[int32](4)
	poller, err := client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "telemetry", got.DataflowProfileResource, nil)
	if err != nil {
		log.Fatal(err)
	}
	scaled, err := poller.PollUntilDone(ctx, examplePolling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("scaled to", *scaled.Properties.InstanceCount)
	// Output: scaled to 4
}

func ExampleDataflowProfilesClient_ListIter() {
	client := exampleClient()
	ctx := context.Background()
	for _, name := range []string{"telemetry", "alarms"} {
		exampleCreate(ctx, client, name, 1)
	}
	for profile, err := range client.ListIter(ctx, "factory-rg", "aio-line1", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*profile.Name)
	}
	// Output:
	// alarms
	// telemetry
}

// NewListPager gives one page at a time, for callers that want the page
// boundaries (ListIter iterates over every profile instead).
func ExampleDataflowProfilesClient_NewListPager() {
	client := exampleClient()
	ctx := context.Background()
	for _, name := range []string{"alarms", "telemetry"} {
		exampleCreate(ctx, client, name, 2)
	}
	pager := client.NewListPager("factory-rg", "aio-line1", nil)
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			log.Fatal(err)
		}
		for _, profile := range page.Value {
			fmt.Println(*profile.Name, *profile.Properties.InstanceCount)
		}
	}
	// Output:
	// alarms 2
	// telemetry 2
}

// A long-running operation can be saved and finished later, even by
// another process: keep the poller's resume token.
func ExampleDataflowProfilesClient_BeginCreateOrUpdate_resumeToken() {
	client := exampleClient()
	ctx := context.Background()
	poller, err := client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "telemetry", iotoperations.DataflowProfileResource{
		Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](2)},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		log.Fatal(err)
	}

	// later: only the token is needed
	resumed, err := client.BeginCreateOrUpdate(ctx, "", "", "", iotoperations.DataflowProfileResource{},
		&iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		log.Fatal(err)
	}
	profile, err := resumed.PollUntilDone(ctx, examplePolling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*profile.Name, *profile.Properties.ProvisioningState)
	// Output: telemetry Succeeded
}

func ExampleDataflowProfilesClient_BeginDelete() {
	client := exampleClient()
	ctx := context.Background()
	exampleCreate(ctx, client, "telemetry", 1)

	poller, err := client.BeginDelete(ctx, "factory-rg", "aio-line1", "telemetry", nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, examplePolling); err != nil {
		log.Fatal(err)
	}
	_, err = client.Get(ctx, "factory-rg", "aio-line1", "telemetry", nil)
	fmt.Println("deleted:", iotoperations.IsNotFound(err))
	// Output: deleted: true
}

// A unit test of your own code answers only the calls it needs with the
// azfake-style DataflowProfilesServer.
func Example_testingWithTheFake() {
	srv := fake.DataflowProfilesServer{
		Get: func(ctx context.Context, rg, instance, name string, _ *iotoperations.DataflowProfilesClientGetOptions) (resp azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, iotoperations.DataflowProfilesClientGetResponse{DataflowProfileResource: iotoperations.DataflowProfileResource{
				Name:       to.Ptr(name),
				Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](2)},
			}}, nil)
			return
		},
	}
	client, err := iotoperations.NewDataflowProfilesClient(exampleSub, &azfake.TokenCredential{},
		&iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewDataflowProfilesServerTransport(&srv)}}})
	if err != nil {
		log.Fatal(err)
	}
	got, err := client.Get(context.Background(), "factory-rg", "aio-line1", "telemetry", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*got.Name, *got.Properties.InstanceCount)
	// Output: telemetry 2
}

// Errors: bad input never leaves the process; service failures keep the
// ARM error's code and message.
func ExampleServiceError() {
	client := exampleClient()
	ctx := context.Background()

	_, err := client.Get(ctx, "factory-rg", "aio-line1", "..", nil)
	var ve *iotoperations.ValidationError
	if errors.As(err, &ve) {
		fmt.Println("invalid:", ve.Field)
	}

	_, err = client.Get(ctx, "factory-rg", "aio-line1", "missing", nil)
	var se *iotoperations.ServiceError
	if errors.As(err, &se) {
		fmt.Println(se.StatusCode, se.Code)
	}

	// The service owns its naming rules: the request goes out and its
	// error comes back with the code.
	_, err = client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "Not_Valid", iotoperations.DataflowProfileResource{}, nil)
	fmt.Println(iotoperations.HasCode(err, iotoperations.ErrorCodeInvalidResourceName))
	// Output:
	// invalid: dataflowProfileName
	// 404 ResourceNotFound
	// true
}
