package iotcentral

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/internal/wire"
	"github.com/google/go-cmp/cmp"
)

func TestJobDataDecodesEachKindToItsType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		json string
		want JobData
	}{
		{`{"type":"cloudProperty","target":"dtmi:t","path":"Company","value":"Contoso"}`,
			&CloudPropertyJobData{Target: to.Ptr("dtmi:t"), Path: to.Ptr("Company"), Value: json.RawMessage(`"Contoso"`)}},
		{`{"type":"property","target":"dtmi:t","path":"c.p","value":56}`,
			&PropertyJobData{Target: to.Ptr("dtmi:t"), Path: to.Ptr("c.p"), Value: json.RawMessage(`56`)}},
		{`{"type":"command","target":"dtmi:t","path":"Reboot","value":null}`,
			&CommandJobData{Target: to.Ptr("dtmi:t"), Path: to.Ptr("Reboot"), Value: json.RawMessage(`null`)}},
		{`{"type":"deviceTemplateMigration","template":"dtmi:new"}`,
			&DeviceTemplateMigrationJobData{Template: to.Ptr("dtmi:new")}},
		{`{"type":"deviceManifestMigration","manifest":"m1"}`,
			&DeviceManifestMigrationJobData{Manifest: to.Ptr("m1")}},
		{`{"type":"PropertyJobData","target":"dtmi:t","path":"p","value":"55"}`,
			&UnknownJobData{Type: to.Ptr("PropertyJobData"), Unknown: map[string]json.RawMessage{"target": json.RawMessage(`"dtmi:t"`), "path": json.RawMessage(`"p"`), "value": json.RawMessage(`"55"`)}}},
		{`{"target":"dtmi:t"}`, &UnknownJobData{Unknown: map[string]json.RawMessage{"target": json.RawMessage(`"dtmi:t"`)}}},
		{`null`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.json, func(t *testing.T) {
			t.Parallel()
			got, err := unmarshalUnion[JobData]([]byte(tt.json))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("decoded (-want +got):\n%s", diff)
			}
			if got == nil {
				return
			}
			if tt.want.Kind() != got.Kind() {
				t.Errorf("Kind() = %q, want %q", got.Kind(), tt.want.Kind())
			}
			out, err := wire.Marshal(&got)
			if err != nil {
				t.Fatal(err)
			}
			assertSameJSON(t, []byte(tt.json), out)
		})
	}
}

func TestUnknownDiscriminatorsAreKeptNotLost(t *testing.T) {
	t.Parallel()
	in := `{"id":"j1","group":"g","data":[{"type":"firmwareUpdate","image":{"url":"https://x","sha":"ab"},"target":"dtmi:t"}],"status":"running"}`
	var job Job
	if err := job.UnmarshalJSON([]byte(in)); err != nil {
		t.Fatal(err)
	}
	u, ok := job.Data[0].(*UnknownJobData)
	if !ok || u.Kind() != "firmwareUpdate" {
		t.Fatalf("data[0] = %#v, want *UnknownJobData of kind firmwareUpdate", job.Data[0])
	}
	out, err := job.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	assertSameJSON(t, []byte(in), out)

	user, err := unmarshalUnion[User]([]byte(`{"id":"u1","type":"managedIdentity","roles":[{"role":"r1","organization":"org-1"}],"clientId":"c"}`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(UserInfo{ID: to.Ptr("u1"), Type: "managedIdentity", Roles: []RoleAssignment{{Role: to.Ptr("r1"), Organization: to.Ptr("org-1")}}}, user.Info()); diff != "" {
		t.Errorf("Info of an unknown user kind (-want +got):\n%s", diff)
	}
	end, err := unmarshalUnion[JobScheduleEnd]([]byte(`{"type":"never","note":1}`))
	if err != nil {
		t.Fatal(err)
	}
	if end.Kind() != "never" {
		t.Errorf("schedule end kind = %q", end.Kind())
	}
	if got, _ := wire.Marshal(&end); string(got) != `{"type":"never","note":1}` {
		t.Errorf("unknown schedule end re-encoded as %s", got)
	}
}

func TestUnknownMembersSurviveGetModifyPut(t *testing.T) {
	t.Parallel()
	in := `{"etag":"\"1\"","id":"sj","group":"g","data":[{"type":"property","target":"t","path":"p","value":1,"unit":"C"}],` +
		`"schedule":{"start":"2022-05-24T22:29:01Z","timeZone":"UTC","end":{"type":"occurrences","occurrences":3,"skipHolidays":true}},"enabled":true,"priority":"high"}`
	var sj ScheduledJob
	if err := sj.UnmarshalJSON([]byte(in)); err != nil {
		t.Fatal(err)
	}
	sj.DisplayName = to.Ptr("renamed")
	sj.Data[0].(*PropertyJobData).Value = json.RawMessage(`2`)
	sj.Schedule.End.(*OccurrencesJobScheduleEnd).Occurrences = to.Ptr[int32](5)
	out, err := sj.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer(`"value":1`, `"value":2`, `"occurrences":3`, `"occurrences":5`, `"enabled":true`, `"enabled":true,"displayName":"renamed"`).Replace(in)
	assertSameJSON(t, []byte(want), out)

	user, err := unmarshalUnion[User]([]byte(`{"id":"u","type":"email","email":"a@b.c","roles":[{"role":"r","scope":"x"}],"displayName":"A"}`))
	if err != nil {
		t.Fatal(err)
	}
	user.(*EmailUser).Email = to.Ptr("new@b.c")
	out, err = wire.Marshal(&user)
	if err != nil {
		t.Fatal(err)
	}
	assertSameJSON(t, []byte(`{"id":"u","type":"email","email":"new@b.c","roles":[{"role":"r","scope":"x"}],"displayName":"A"}`), out)
}

func TestUserKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		json string
		want User
	}{
		{`{"id":"1","type":"email","email":"bob@contoso.com","roles":[{"role":"r"}]}`,
			&EmailUser{ID: to.Ptr("1"), Email: to.Ptr("bob@contoso.com"), Roles: []RoleAssignment{{Role: to.Ptr("r")}}}},
		{`{"id":"2","type":"servicePrincipal","tenantId":"t","objectId":"o","roles":[{"role":"r","organization":"org"}]}`,
			&ServicePrincipalUser{ID: to.Ptr("2"), TenantID: to.Ptr("t"), ObjectID: to.Ptr("o"), Roles: []RoleAssignment{{Role: to.Ptr("r"), Organization: to.Ptr("org")}}}},
		{`{"id":"3","type":"adGroup","tenantId":"t","objectId":"o","roles":[]}`,
			&ADGroupUser{ID: to.Ptr("3"), TenantID: to.Ptr("t"), ObjectID: to.Ptr("o"), Roles: []RoleAssignment{}}},
	}
	for _, tt := range tests {
		t.Run(string(tt.want.Kind()), func(t *testing.T) {
			t.Parallel()
			got, err := unmarshalUnion[User]([]byte(tt.json))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			if got.Info().Type != tt.want.Kind() || *got.Info().ID != *tt.want.Info().ID {
				t.Errorf("Info() = %+v", got.Info())
			}
			out, _ := wire.Marshal(&got)
			assertSameJSON(t, []byte(tt.json), out)
		})
	}
}

func TestDateScheduleEndIsWrittenAsADate(t *testing.T) {
	t.Parallel()
	var end JobScheduleEnd = &DateJobScheduleEnd{Date: to.Ptr("2024-02-29")}
	got, err := wire.Marshal(&end)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != `{"type":"date","date":"2024-02-29"}` {
		t.Errorf("got %s", got)
	}
}

func TestPolymorphicDecodeErrorsNameTheModel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		decode func([]byte) error
		json   string
		want   string
	}{
		{"job data type not a string", func(b []byte) error { _, err := unmarshalUnion[JobData](b); return err }, `{"type":1}`, "JobData.type"},
		{"job data not an object", func(b []byte) error { _, err := unmarshalUnion[JobData](b); return err }, `[1]`, "object"},
		{"user bad roles", func(b []byte) error { _, err := unmarshalUnion[User](b); return err }, `{"type":"email","roles":{}}`, "EmailUser.roles"},
		{"occurrences not an integer", func(b []byte) error { _, err := unmarshalUnion[JobScheduleEnd](b); return err }, `{"type":"occurrences","occurrences":1.5}`, "OccurrencesJobScheduleEnd.occurrences"},
		{"job bad data entry", func(b []byte) error { var j Job; return j.UnmarshalJSON(b) }, `{"data":[{"type":"command","path":7}]}`, "Job.data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.decode([]byte(tt.json))
			var de *wire.DecodeError
			if !errors.As(err, &de) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want a *wire.DecodeError mentioning %q", err, tt.want)
			}
		})
	}
}

func TestAPITokenPrintsWithoutItsSecret(t *testing.T) {
	t.Parallel()
	const secret = "SharedAccessSignature sr=app&sig=c2VjcmV0&skn=t&se=1"
	tok := APIToken{ID: to.Ptr("t1"), Token: to.Ptr(secret), Expiry: to.Ptr(time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC))}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if got := fmt.Sprintf(format, tok); strings.Contains(got, "sig=") || !strings.Contains(got, "(redacted)") {
			t.Errorf("Sprintf(%q) = %q", format, got)
		}
	}
}
