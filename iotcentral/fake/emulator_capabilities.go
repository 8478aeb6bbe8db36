package fake

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/azclients/azclients/iotcentral"
)

// capabilityPrefixes are the four kinds of capability targets.
var capabilityPrefixes = []string{
	"/api/devices/{id}",
	"/api/devices/{id}/components/{component}",
	"/api/devices/{id}/modules/{module}",
	"/api/devices/{id}/modules/{module}/components/{component}",
}

func routeTarget(r *http.Request) iotcentral.Target {
	return iotcentral.Target{DeviceID: r.PathValue("id"), Module: r.PathValue("module"), Component: r.PathValue("component")}
}

func targetKey(t iotcentral.Target) string { return t.Module + "|" + t.Component }

func (e *Emulator) registerCapabilityRoutes(routes *adminRoutes) {
	for _, prefix := range capabilityPrefixes {
		e.registerPropertyRoutes(routes, prefix)
		e.handleStatus(routes, "GET "+prefix+"/telemetry/{name}", http.StatusOK, func(r *http.Request) (any, error) {
			t := routeTarget(r)
			return e.withDevice(t.DeviceID, func(d *deviceState) (any, error) {
				v, ok := d.telemetry[targetKey(t)+"/"+r.PathValue("name")]
				if !ok {
					return nil, notFound("telemetry value", r.PathValue("name"))
				}
				return v, nil
			})
		})
		e.handleStatus(routes, "POST "+prefix+"/commands/{name}", http.StatusCreated, func(r *http.Request) (any, error) {
			var cmd iotcentral.DeviceCommand
			if err := readModel(r, &cmd); err != nil {
				return nil, err
			}
			return e.runCommand(routeTarget(r), r.PathValue("name"), cmd)
		})
		e.handleStatus(routes, "GET "+prefix+"/commands/{name}", http.StatusOK, func(r *http.Request) (any, error) {
			t := routeTarget(r)
			var history []iotcentral.DeviceCommand
			if _, err := e.withDevice(t.DeviceID, func(d *deviceState) (any, error) {
				history = append(history, d.commands[targetKey(t)+"/"+r.PathValue("name")]...)
				return nil, nil
			}); err != nil {
				return nil, err
			}
			return page[iotcentral.DeviceCommand](e, r, history), nil
		})
	}
}

// runCommand runs a command on a target through its handler and records
// the execution.
func (e *Emulator) runCommand(t iotcentral.Target, name string, cmd iotcentral.DeviceCommand) (any, error) {
	if c := cmd.ConnectionTimeout; c != nil && (*c < 0 || *c > 30) {
		return nil, invalidBody("connectionTimeout %d is not between 0 and 30", *c)
	}
	if c := cmd.ResponseTimeout; c != nil && (*c < 5 || *c > 30) {
		return nil, invalidBody("responseTimeout %d is not between 5 and 30", *c)
	}
	e.mu.Lock()
	d, ok := e.devices[t.DeviceID]
	h := e.handlers[name]
	e.mu.Unlock()
	if !ok {
		return nil, errNoDevice(t.DeviceID)
	}
	code, response := int32(http.StatusOK), json.RawMessage(nil)
	if h != nil {
		code, response = h(t, cmd.Request)
	} else {
		request := cmd.Request
		if len(request) == 0 {
			request = json.RawMessage("null")
		}
		response, _ = json.Marshal(map[string]json.RawMessage{"received": request})
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.seq++
	id := "cmd-" + strconv.Itoa(e.seq)
	cmd.ID, cmd.Response, cmd.ResponseCode = &id, response, &code
	key := targetKey(t) + "/" + name
	d.commands[key] = append(d.commands[key], cmd)
	return cmd, nil
}
