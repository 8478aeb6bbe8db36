package iotcentral

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/wire"
)

// roundTrip decodes data into a fresh value of the model and encodes it
// again.
type roundTrip func(data []byte) ([]byte, error)

func viaModel[T any]() roundTrip {
	return func(data []byte) ([]byte, error) {
		var v T
		if err := wire.Unmarshal(data, &v); err != nil {
			return nil, err
		}
		return wire.Marshal(v)
	}
}

// unmarshalUnion decodes a value of a union interface, choosing its kind
// from the discriminator; JSON null is the nil interface.
func unmarshalUnion[T any](data []byte) (v T, err error) {
	err = wire.Unmarshal(data, &v)
	return v, err
}

// encodeModel encodes a model; a kind of a union (an attestation, a user)
// goes through its interface, so that its "type" is written.
func encodeModel(v any) ([]byte, error) {
	switch x := v.(type) {
	case Attestation:
		return wire.Marshal(&x)
	case User:
		return wire.Marshal(&x)
	}
	return wire.Marshal(v)
}

func viaUser(data []byte) ([]byte, error) {
	u, err := unmarshalUnion[User](data)
	if err != nil {
		return nil, err
	}
	return wire.Marshal(&u)
}

// adminVectors names the model of each sample's request body and response.
var adminVectors = map[string]struct{ request, response roundTrip }{
	"jobs_list.json":                  {response: viaModel[JobCollection]()},
	"jobs_create.json":                {request: viaModel[Job](), response: viaModel[Job]()},
	"jobs_devices.json":               {response: viaModel[JobDeviceStatusCollection]()},
	"jobs_rerun.json":                 {response: viaModel[Job]()},
	"jobs_stop.json":                  {},
	"jobs_get_docs.json":              {response: viaModel[Job]()},
	"scheduledjobs_get.json":          {response: viaModel[ScheduledJob]()},
	"scheduledjobs_list.json":         {response: viaModel[ScheduledJobCollection]()},
	"scheduledjobs_list_jobs.json":    {response: viaModel[JobCollection]()},
	"scheduledjobs_update.json":       {request: viaModel[ScheduledJob](), response: viaModel[ScheduledJob]()},
	"scheduledjobs_create_docs.json":  {request: viaModel[ScheduledJob](), response: viaModel[ScheduledJob]()},
	"users_set.json":                  {request: viaUser, response: viaUser},
	"users_set_serviceprincipal.json": {request: viaUser, response: viaUser},
	"organizations_create.json":       {request: viaModel[Organization](), response: viaModel[Organization]()},
	"organizations_get.json":          {response: viaModel[Organization]()},
	"apitoken_create.json":            {request: viaModel[APIToken](), response: viaModel[APIToken]()},
	"apitoken_list.json":              {response: viaModel[APITokenCollection]()},
	"apitoken_delete.json":            {},
}

type sample struct {
	Parameters struct {
		Body json.RawMessage `json:"body"`
	} `json:"parameters"`
	Responses map[string]struct {
		Body json.RawMessage `json:"body"`
	} `json:"responses"`
}

func readSample(t *testing.T, path string) sample {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var s sample
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}

// assertSameJSON compares two documents as parsed JSON trees.
func assertSameJSON(t *testing.T, want, got []byte) {
	t.Helper()
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("want: %v", err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("got invalid JSON %s: %v", got, err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("JSON differs (-want +got):\n%s", diff)
	}
}

func TestAdminSamplesRoundTripWithoutLoss(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/admin/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(adminVectors) {
		t.Errorf("%d sample files, %d vectors: every sample needs a vector", len(files), len(adminVectors))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			t.Parallel()
			vec, ok := adminVectors[name]
			if !ok {
				t.Fatalf("no vector for %s", name)
			}
			s := readSample(t, path)
			if vec.request != nil {
				got, err := vec.request(s.Parameters.Body)
				if err != nil {
					t.Fatalf("request: %v", err)
				}
				assertSameJSON(t, s.Parameters.Body, got)
			}
			for status, r := range s.Responses {
				if len(r.Body) == 0 {
					continue
				}
				if vec.response == nil {
					t.Fatalf("response %s has a body but no model", status)
				}
				got, err := vec.response(r.Body)
				if err != nil {
					t.Fatalf("response %s: %v", status, err)
				}
				assertSameJSON(t, r.Body, got)
			}
		})
	}
}

func TestTypedModelsEncodeToTheSampleRequests(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		model any
	}{
		{"jobs_create.json", Job{
			DisplayName: to.Ptr("My Job"),
			Group:       to.Ptr("475cad48-b7ff-4a09-b51e-1a9021385453"),
			Data: []JobData{&PropertyJobData{
				Target: to.Ptr("urn:1dgygpt7t:modelDefinition:02uwtefvdy"),
				Path:   to.Ptr("componentName.propertyName"),
				Value:  json.RawMessage(`"updated value"`),
			}},
		}},
		{"scheduledjobs_create_docs.json", ScheduledJob{
			DisplayName: to.Ptr("New Scheduled Job"),
			Group:       to.Ptr("6fecf96f-a26c-49ed-8076-6960f8efba31"),
			Data: []JobData{&CloudPropertyJobData{
				Target: to.Ptr("dtmi:azurertos:devkit:hlby5jgib2o"),
				Path:   to.Ptr("Company"),
				Value:  json.RawMessage(`"Contoso"`),
			}},
			Schedule: &JobSchedule{
				Start:      to.Ptr(time.Date(2022, 10, 24, 22, 29, 1, 0, time.UTC)),
				Recurrence: to.Ptr(JobRecurrenceDaily),
				End:        &DateJobScheduleEnd{Date: to.Ptr("2022-12-30")},
			},
		}},
		{"scheduledjobs_update.json", ScheduledJob{Schedule: &JobSchedule{
			Start:      to.Ptr(time.Date(2022, 5, 24, 22, 29, 1, 0, time.UTC)),
			Recurrence: to.Ptr(JobRecurrenceWeekly),
		}}},
		{"users_set.json", &EmailUser{
			Email: to.Ptr("bob@contoso.com"),
			Roles: []RoleAssignment{{Role: to.Ptr(RoleAdministrator)}, {Role: to.Ptr("c495eb57-eb18-489e-9802-62c474e5645c"), Organization: to.Ptr("seattle")}},
		}},
		{"users_set_serviceprincipal.json", &ServicePrincipalUser{
			TenantID: to.Ptr("027fdad7-cf0f-470a-a26a-272197813322"),
			ObjectID: to.Ptr("65e13aac-1443-4c49-9d49-57b87197cfff"),
			Roles:    []RoleAssignment{{Role: to.Ptr("c7be2c6b-797e-4551-bb24-33709f6b2e20")}, {Role: to.Ptr("c495eb57-eb18-489e-9802-62c474e5645c"), Organization: to.Ptr("seattle")}},
		}},
		{"organizations_create.json", Organization{ID: to.Ptr("seattle"), DisplayName: to.Ptr("Seattle"), Parent: to.Ptr("washington")}},
		{"apitoken_create.json", APIToken{Roles: []RoleAssignment{{Role: to.Ptr(RoleAdministrator)}, {Role: to.Ptr("c495eb57-eb18-489e-9802-62c474e5645c"), Organization: to.Ptr("seattle")}}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			got, err := encodeModel(tt.model)
			if err != nil {
				t.Fatal(err)
			}
			assertSameJSON(t, readSample(t, filepath.Join("testdata/admin", tt.file)).Parameters.Body, got)
		})
	}
}
