package benchcmp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/deviceprovisioningservices/armdeviceprovisioningservices"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// seed001 is the response body of seed 001 (IoT DPS Resource - Create Or
// Update, 2022-12-12), the test vector of package deviceprovisioning.
func seed001(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "deviceprovisioning", "testdata", "seed001_response.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func tree(tb testing.TB, data []byte) map[string]any {
	tb.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		tb.Fatalf("%s: %v", data, err)
	}
	return m
}

// subset reports the members of want that got lacks or holds differently,
// recursively through objects.
func subset(path string, want, got map[string]any) []string {
	var diffs []string
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			diffs = append(diffs, path+k+": missing")
			continue
		}
		wm, wIsObj := w.(map[string]any)
		gm, gIsObj := g.(map[string]any)
		if wIsObj && gIsObj {
			diffs = append(diffs, subset(path+k+".", wm, gm)...)
			continue
		}
		if !cmp.Equal(w, g) {
			diffs = append(diffs, path+k+": "+cmp.Diff(w, g))
		}
	}
	return diffs
}

// TestBothCodecsReadTheSeedAlike decodes the seed with both codecs and
// compares what they write back: the official SDK's document must be part
// of ours, and ours must be the seed itself. The members only ours keeps
// are those the official v1.2.0 models lack.
func TestBothCodecsReadTheSeedAlike(t *testing.T) {
	data := seed001(t)
	var ours dps.ProvisioningServiceDescription
	if err := ours.UnmarshalJSON(data); err != nil {
		t.Fatal(err)
	}
	var official armdeviceprovisioningservices.ProvisioningServiceDescription
	if err := official.UnmarshalJSON(data); err != nil {
		t.Fatal(err)
	}
	oursJSON, err := ours.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	officialJSON, err := official.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	seed, o, theirs := tree(t, data), tree(t, oursJSON), tree(t, officialJSON)
	if diff := cmp.Diff(seed, o); diff != "" {
		t.Errorf("azclients does not write the seed back (-seed +azclients):\n%s", diff)
	}
	if diffs := subset("", theirs, o); len(diffs) > 0 {
		t.Errorf("the codecs read the seed differently: %v", diffs)
	}
	// what the official SDK drops
	var dropped []string
	for k := range seed {
		if _, ok := theirs[k]; !ok {
			dropped = append(dropped, k)
		}
	}
	for k := range seed["properties"].(map[string]any) {
		if _, ok := theirs["properties"].(map[string]any)[k]; !ok {
			dropped = append(dropped, "properties."+k)
		}
	}
	want := map[string]bool{"resourcegroup": true, "subscriptionid": true, "properties.portalOperationsHostName": true}
	for _, k := range dropped {
		if !want[k] {
			t.Errorf("the official SDK drops %s, which it models", k)
		}
	}
	if len(dropped) != len(want) {
		t.Errorf("the official SDK drops %v, want %v", dropped, want)
	}
}

// TestOursKeepsUnknownMembers adds members no version models, at two
// levels, and checks that azclients writes them back.
func TestOursKeepsUnknownMembers(t *testing.T) {
	data := seed001(t)
	doc := tree(t, data)
	doc["futureMember"] = map[string]any{"a": []any{1.0, "x"}}
	doc["properties"].(map[string]any)["futureProperty"] = true
	in, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var ours dps.ProvisioningServiceDescription
	if err := ours.UnmarshalJSON(in); err != nil {
		t.Fatal(err)
	}
	out, err := ours.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, tree(t, out)); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
}

func BenchmarkDecode(b *testing.B) {
	data := seed001(b)
	b.Run("azclients", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d dps.ProvisioningServiceDescription
			if err := d.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("official", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d armdeviceprovisioningservices.ProvisioningServiceDescription
			if err := d.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	data := seed001(b)
	b.Run("azclients", func(b *testing.B) {
		var d dps.ProvisioningServiceDescription
		if err := d.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := d.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("official", func(b *testing.B) {
		var d armdeviceprovisioningservices.ProvisioningServiceDescription
		if err := d.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := d.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
