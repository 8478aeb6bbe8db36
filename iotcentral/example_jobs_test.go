package iotcentral_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// A job sets a property on every device of a device group. This example
// runs against a fake server; against an application, build the client
// with iotcentral.NewClient and an azidentity credential.
func ExampleJobsClient_Create() {
	srv := fake.JobsServer{
		Create: func(_ context.Context, jobID string, job iotcentral.Job, _ *iotcentral.JobsClientCreateOptions) (resp azfake.Responder[iotcentral.JobsClientCreateResponse], errResp azfake.ErrorResponder) {
			job.ID, job.Status = &jobID, to.Ptr(iotcentral.JobStatusPending)
			resp.SetResponse(http.StatusOK, iotcentral.JobsClientCreateResponse{Job: job}, nil)
			return
		},
	}
	client, err := iotcentral.NewClient("https://myapp.azureiotcentral.com/api", &azfake.TokenCredential{},
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: fake.NewJobsServerTransport(&srv)}})
	if err != nil {
		log.Fatal(err)
	}
	job, err := client.Jobs().Create(context.Background(), "set-temperature", iotcentral.Job{
		DisplayName: to.Ptr("Set target temperature"),
		Group:       to.Ptr("thermostats"),
		Batch:       &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypePercentage), Value: to.Ptr(25.0)},
		Data: []iotcentral.JobData{&iotcentral.PropertyJobData{
			Target: to.Ptr("dtmi:contoso:thermostat;1"),
			Path:   to.Ptr("targetTemperature"),
			Value:  json.RawMessage(`21.5`),
		}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*job.ID, *job.Status, job.Data[0].Kind())
	// Output: set-temperature pending property
}
