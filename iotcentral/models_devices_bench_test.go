package iotcentral

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/testkit"

	"github.com/azclients/azclients/internal/wire"
)

func deviceSampleBody(b *testing.B, file, status string) []byte {
	b.Helper()
	var s sample
	data := testkit.ReadVector(b, "devices/"+file)
	if err := json.Unmarshal(data, &s); err != nil {
		b.Fatal(err)
	}
	return s.Responses[status].Body
}

// devicePage builds a page of n devices shaped like the spec's sample.
func devicePage(b *testing.B, n int) []byte {
	b.Helper()
	one := deviceSampleBody(b, "devices_create.json", "200")
	var buf bytes.Buffer
	buf.WriteString(`{"value":[`)
	for i := range n {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(bytes.Replace(one, []byte(`"ccc"`), []byte(strconv.Quote("device-"+strconv.Itoa(i))), 1))
	}
	buf.WriteString(`],"nextLink":"https://app.azureiotcentral.com/api/devices?api-version=2022-07-31&$skiptoken=100"}`)
	return buf.Bytes()
}

func BenchmarkDeviceCollectionDecode(b *testing.B) {
	body := devicePage(b, 100)
	b.Run("iotcentral", func(b *testing.B) { testkit.BenchDecode[DeviceCollection](b, body) })
	b.Run("encoding-json-map", func(b *testing.B) { testkit.BenchDecodeMap(b, body) })
}

func BenchmarkDeviceCollectionEncode(b *testing.B) {
	var page DeviceCollection
	if err := page.UnmarshalJSON(devicePage(b, 100)); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = wire.Append(buf[:0], page); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeviceTemplateDecode(b *testing.B) {
	body := deviceSampleBody(b, "devicetemplates_get.json", "200")
	b.Run("iotcentral", func(b *testing.B) { testkit.BenchDecode[DeviceTemplate](b, body) })
	b.Run("encoding-json-map", func(b *testing.B) { testkit.BenchDecodeMap(b, body) })
}

// cannedTransport answers every request with the same status and body.
type cannedTransport struct {
	status int
	body   []byte
}

func (t cannedTransport) Do(req *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: t.status, Request: req, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(t.body)),
	}, nil
}

// BenchmarkDevicesClientRequest measures a whole call without the
// network: validation, path escaping, the azcore pipeline (API token
// policy, retry, logging) and decoding the answer.
func BenchmarkDevicesClientRequest(b *testing.B) {
	ctx := context.Background()
	client := func(b *testing.B, status int, body []byte) *DevicesClient {
		b.Helper()
		c, err := NewClientWithAPITokenString("https://app.azureiotcentral.com/api", "SharedAccessSignature sr=x&sig=y&skn=z&se=1",
			&ClientOptions{ClientOptions: azcore.ClientOptions{Transport: cannedTransport{status, body}, Retry: policy.RetryOptions{MaxRetries: -1}}})
		if err != nil {
			b.Fatal(err)
		}
		return c.Devices()
	}
	b.Run("Get", func(b *testing.B) {
		c := client(b, http.StatusOK, deviceSampleBody(b, "devices_create.json", "200"))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Get(ctx, "line 1/robot?#7", nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("UpdateProperties", func(b *testing.B) {
		c := client(b, http.StatusAccepted, deviceSampleBody(b, "modules_properties_components_set.json", "202"))
		target := ModuleComponentTarget("mx1", "module_env", "componentA")
		patch := DeviceProperties{"SensitivityDial": 300}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.UpdateProperties(ctx, target, patch, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
