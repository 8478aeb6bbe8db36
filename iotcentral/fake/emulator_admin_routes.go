package fake

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// adminRoutes serves IoT Central's administration API (jobs, scheduled
// jobs, organizations, users, roles, API tokens) over adminData, with the
// service's status codes, error shape and nextLink paging.
type adminRoutes struct {
	data     *adminData
	now      func() time.Time
	pageSize int
	requests atomic.Int64
	mux      *http.ServeMux
}

// maxAdminBody caps a request body; IoT Central's documents are small.
const maxAdminBody = 1 << 20

func newAdminRoutes(data *adminData, now func() time.Time, pageSize int, basePath string) *adminRoutes {
	r := &adminRoutes{data: data, now: now, pageSize: max(pageSize, 1), mux: http.NewServeMux()}
	// Each handler returns the document to answer 200 with, nil for 204,
	// or the error to answer with.
	handle := func(pattern string, h func(req *http.Request) (any, error)) {
		method, path, _ := strings.Cut(pattern, " ")
		r.mux.HandleFunc(method+" "+basePath+path, func(w http.ResponseWriter, req *http.Request) {
			body, err := h(req)
			switch {
			case err != nil:
				r.writeError(w, err)
			case body == nil:
				w.WriteHeader(http.StatusNoContent)
			default:
				if err := writeModel(w, http.StatusOK, body); err != nil {
					r.writeError(w, err)
				}
			}
		})
	}
	id := func(req *http.Request) string { return req.PathValue("id") }

	handle("GET /jobs", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listJobs(r.now()), func(v []iotcentral.Job, next *string) any {
			return iotcentral.JobCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /jobs/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getJob(id(req), r.now()))
	})
	handle("PUT /jobs/{id}", func(req *http.Request) (any, error) {
		var body iotcentral.Job
		if err := readModel(req, &body); err != nil {
			return nil, err
		}
		return model(r.data.createJob(id(req), body))
	})
	handle("GET /jobs/{id}/devices", func(req *http.Request) (any, error) {
		statuses, err := r.data.jobDevices(id(req))
		if err != nil {
			return nil, err
		}
		return pageOf(req, r.pageSize, statuses, func(v []iotcentral.JobDeviceStatus, next *string) any {
			return iotcentral.JobDeviceStatusCollection{Value: v, NextLink: next}
		})
	})
	handle("POST /jobs/{id}/stop", func(req *http.Request) (any, error) {
		return nil, r.data.stopJob(id(req))
	})
	handle("POST /jobs/{id}/resume", func(req *http.Request) (any, error) {
		return nil, r.data.resumeJob(id(req))
	})
	handle("PUT /jobs/{id}/rerun/{rerunId}", func(req *http.Request) (any, error) {
		return model(r.data.rerunJob(id(req), req.PathValue("rerunId")))
	})

	handle("GET /scheduledJobs", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listScheduledJobs(r.now()), func(v []iotcentral.ScheduledJob, next *string) any {
			return iotcentral.ScheduledJobCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /scheduledJobs/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getScheduledJob(id(req), r.now()))
	})
	handle("PUT /scheduledJobs/{id}", func(req *http.Request) (any, error) {
		var body iotcentral.ScheduledJob
		if err := readModel(req, &body); err != nil {
			return nil, err
		}
		return model(r.data.putScheduledJob(id(req), body, r.now()))
	})
	handle("PATCH /scheduledJobs/{id}", func(req *http.Request) (any, error) {
		if err := requireMergePatch(req); err != nil {
			return nil, err
		}
		patch, err := readBody(req)
		if err != nil {
			return nil, err
		}
		return model(r.data.patchScheduledJob(id(req), patch, r.now()))
	})
	handle("DELETE /scheduledJobs/{id}", func(req *http.Request) (any, error) {
		return nil, r.data.deleteScheduledJob(id(req))
	})
	handle("GET /scheduledJobs/{id}/jobs", func(req *http.Request) (any, error) {
		jobs, err := r.data.scheduledJobJobs(id(req), r.now())
		if err != nil {
			return nil, err
		}
		return pageOf(req, r.pageSize, jobs, func(v []iotcentral.Job, next *string) any {
			return iotcentral.JobCollection{Value: v, NextLink: next}
		})
	})

	handle("GET /organizations", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listOrganizations(), func(v []iotcentral.Organization, next *string) any {
			return iotcentral.OrganizationCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /organizations/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getOrganization(id(req)))
	})
	handle("PUT /organizations/{id}", func(req *http.Request) (any, error) {
		var body iotcentral.Organization
		if err := readModel(req, &body); err != nil {
			return nil, err
		}
		return model(r.data.putOrganization(id(req), body))
	})
	handle("PATCH /organizations/{id}", func(req *http.Request) (any, error) {
		patch, err := readBody(req)
		if err != nil {
			return nil, err
		}
		return model(r.data.patchOrganization(id(req), patch))
	})
	handle("DELETE /organizations/{id}", func(req *http.Request) (any, error) {
		return nil, r.data.deleteOrganization(id(req))
	})

	handle("GET /users", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listUsers(), func(v []iotcentral.User, next *string) any {
			return iotcentral.UserCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /users/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getUser(id(req)))
	})
	handle("PUT /users/{id}", func(req *http.Request) (any, error) {
		body, err := readBody(req)
		if err != nil {
			return nil, err
		}
		return model(r.data.putUser(id(req), body))
	})
	handle("PATCH /users/{id}", func(req *http.Request) (any, error) {
		patch, err := readBody(req)
		if err != nil {
			return nil, err
		}
		return model(r.data.patchUser(id(req), patch))
	})
	handle("DELETE /users/{id}", func(req *http.Request) (any, error) {
		return nil, r.data.deleteUser(id(req))
	})

	handle("GET /roles", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listRoles(), func(v []iotcentral.Role, next *string) any {
			return iotcentral.RoleCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /roles/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getRole(id(req)))
	})

	handle("GET /apiTokens", func(req *http.Request) (any, error) {
		return pageOf(req, r.pageSize, r.data.listTokens(), func(v []iotcentral.APIToken, next *string) any {
			return iotcentral.APITokenCollection{Value: v, NextLink: next}
		})
	})
	handle("GET /apiTokens/{id}", func(req *http.Request) (any, error) {
		return model(r.data.getToken(id(req)))
	})
	handle("PUT /apiTokens/{id}", func(req *http.Request) (any, error) {
		var body iotcentral.APIToken
		if err := readModel(req, &body); err != nil {
			return nil, err
		}
		return model(r.data.createToken(id(req), body, r.now()))
	})
	handle("DELETE /apiTokens/{id}", func(req *http.Request) (any, error) {
		return nil, r.data.deleteToken(id(req))
	})
	return r
}

// model passes on what a data method returned, as a document to answer.
func model[T any](v T, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	return v, nil
}

// encodeBody encodes a document with the lossless codec; a union value
// (an attestation, a user) goes through its interface so that its "type"
// is written.
func encodeBody(v any) ([]byte, error) {
	switch x := v.(type) {
	case iotcentral.Attestation:
		return wire.Marshal(&x)
	case iotcentral.User:
		return wire.Marshal(&x)
	case iotcentral.Destination:
		return wire.Marshal(&x)
	}
	return wire.Marshal(v)
}

// unmarshalUnion decodes a value of a union interface, choosing its kind
// from the discriminator; JSON null is the nil interface.
func unmarshalUnion[T any](data []byte) (v T, err error) {
	err = wire.Unmarshal(data, &v)
	return v, err
}

func writeModel(w http.ResponseWriter, status int, v any) error {
	body, err := encodeBody(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, err = w.Write(body)
	return err
}

// pageOf returns the page of items that the request's $skiptoken asks
// for, with a nextLink (a full URL keeping the other query parameters)
// when more follow.
func pageOf[T any](req *http.Request, pageSize int, items []T, page func([]T, *string) any) (any, error) {
	query := req.URL.Query()
	skip := 0
	if s := query.Get("$skiptoken"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, &adminError{http.StatusBadRequest, "invalid $skiptoken"}
		}
		skip = min(n, len(items))
	}
	end := min(skip+pageSize, len(items))
	var next *string
	if end < len(items) {
		query.Set("$skiptoken", strconv.Itoa(end))
		u := *req.URL
		if u.Host == "" {
			u.Host = req.Host
			u.Scheme = "http"
			if req.TLS != nil {
				u.Scheme = "https"
			}
		}
		u.RawQuery = query.Encode()
		link := u.String()
		next = &link
	}
	return page(items[skip:end:end], next), nil
}

func readBody(req *http.Request) ([]byte, error) {
	data, err := io.ReadAll(http.MaxBytesReader(nil, req.Body, maxAdminBody))
	if err != nil {
		return nil, &adminError{http.StatusBadRequest, "the body could not be read"}
	}
	return data, nil
}

// readModel decodes the request body into a model; malformed JSON is a
// 400.
func readModel[T any, PT interface {
	*T
	UnmarshalJSON([]byte) error
}](req *http.Request, v PT) error {
	data, err := readBody(req)
	if err != nil {
		return err
	}
	if err := v.UnmarshalJSON(data); err != nil {
		return &adminError{http.StatusBadRequest, "the body is not a valid document: " + err.Error()}
	}
	return nil
}

// requireMergePatch refuses bodies that are not JSON merge patches, as
// the scheduled job update does.
func requireMergePatch(req *http.Request) error {
	if ct := req.Header.Get("Content-Type"); ct != pipeline.ContentTypeMergePatch {
		return &adminError{http.StatusUnsupportedMediaType, fmt.Sprintf("the body must be %s, not %q", pipeline.ContentTypeMergePatch, ct)}
	}
	return nil
}

// writeError answers err in IoT Central's error shape.
func (r *adminRoutes) writeError(w http.ResponseWriter, err error) {
	var ae *adminError
	if !errors.As(err, &ae) {
		ae = &adminError{http.StatusInternalServerError, err.Error()}
	}
	requestID := "emulator-" + strconv.FormatInt(r.requests.Add(1), 10)
	body, _ := wire.Marshal(newErrorDocument(ae.code(), ae.message, requestID, r.now()))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("x-ms-error-code", ae.code())
	w.Header().Set("x-ms-request-id", requestID)
	w.WriteHeader(ae.status)
	_, _ = w.Write(body)
}

// errorDocument is IoT Central's error document:
// {"error":{code,message,requestId,time}}.
type errorDocument struct {
	Error errorDetails `json:"error"`
}

type errorDetails struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"requestId"`
	Time      string `json:"time"`
}

func newErrorDocument(code, message, requestID string, at time.Time) errorDocument {
	return errorDocument{errorDetails{Code: code, Message: message, RequestID: requestID, Time: at.UTC().Format(http.TimeFormat)}}
}
