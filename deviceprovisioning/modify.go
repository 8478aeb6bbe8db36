package deviceprovisioning

import (
	"context"
	"fmt"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProvisioningServicesClientBeginModifyOptions holds the optional parameters of
// ProvisioningServicesClient.BeginModify.
type ProvisioningServicesClientBeginModifyOptions struct {
	// ResumeToken continues the replacement (PUT) of an earlier BeginModify
	// saved with Poller.ResumeToken; nothing is read or modified then.
	ResumeToken string
}

// ProvisioningServicesClientModifyResponse is the result of
// ProvisioningServicesClient.BeginModify: the service once replaced, read
// again without its keys.
type ProvisioningServicesClientModifyResponse struct {
	ProvisioningServiceDescription
}

// BeginModify changes some properties of an existing provisioning service
// without losing the others, and returns a poller for the replacement.
//
// The service can only be changed by replacing it whole (PUT), and it never
// returns its keys from a read, so sending back what Get returned would
// drop or regenerate every shared access key. BeginModify does the
// read-modify-write the service documents:
//
//  1. it reads the service (Get) and its shared access policies with their
//     keys (NewListKeysPager, every page);
//  2. it puts the keys back: each policy Get returned gets the keys (and,
//     when missing, the rights) of the listed policy of the same name,
//     compared ignoring case, and listed policies Get did not return are
//     appended;
//  3. it calls modify with that description; an error from modify is
//     returned (wrapped) and nothing is written;
//  4. it validates the result as BeginCreateOrUpdate does and replaces the
//     service with it, with If-Match set to the etag read in step 1, so a
//     change made by someone else in between fails with a *ServiceError
//     (412) instead of being overwritten.
//
// Whatever modify does not change is sent back exactly as Get returned it:
// every member of the description at every level, including members this
// version of the package does not model (kept in the Unknown maps), linked
// IoT hubs with their connection strings as the service returned them, IP
// filter rules, private endpoint connections, tags, identity, the etag in
// the body, and read-only members (id, name, type, systemData, host names,
// idScope, state), which the service ignores.
//
// PollUntilDone returns the service once replaced, read again without its
// keys. Poller.ResumeToken saves the replacement, to continue it with
// ProvisioningServicesClientBeginModifyOptions.ResumeToken.
// A service failure in any step is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments, a nil modify or an invalid
// result of modify are a *ValidationError, and nothing is written.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/create-or-update
func (c *ProvisioningServicesClient) BeginModify(ctx context.Context, resourceGroupName, provisioningServiceName string, modify func(*ProvisioningServiceDescription) error, options *ProvisioningServicesClientBeginModifyOptions) (poller *runtime.Poller[ProvisioningServicesClientModifyResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientModifyResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginModify")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	v.Required("modify", modify != nil)
	if err := v.Err(); err != nil {
		return nil, err
	}
	current, err := c.Get(ctx, resourceGroupName, provisioningServiceName, nil)
	if err != nil {
		return nil, err
	}
	var keys []SharedAccessSignatureAuthorizationRule
	for rule, err := range c.ListKeysIter(ctx, resourceGroupName, provisioningServiceName, nil) {
		if err != nil {
			return nil, err
		}
		keys = append(keys, rule)
	}
	d := current.ProvisioningServiceDescription
	if d.Properties == nil {
		d.Properties = &IotDpsPropertiesDescription{}
	}
	restoreKeys(d.Properties, keys)
	ifMatch := current.ETag
	if ifMatch == nil {
		ifMatch = d.Etag
	}
	if err := modify(&d); err != nil {
		return nil, fmt.Errorf("deviceprovisioning: modify %s: %w", provisioningServiceName, err)
	}
	ctx, endPut := c.pl.Start(ctx, "ProvisioningServicesClient.BeginCreateOrUpdate")
	poller, err = createOrUpdate[ProvisioningServicesClientModifyResponse](ctx, c, resourceGroupName, provisioningServiceName, d, ifMatch)
	endPut(err)
	return poller, err
}

// restoreKeys gives the policies of p the keys of the same-named policies
// of keys, and appends the policies of keys that p does not have. Members
// of p's policies, known or not, are kept.
func restoreKeys(p *IotDpsPropertiesDescription, keys []SharedAccessSignatureAuthorizationRule) {
	byName := make(map[string]int, len(p.AuthorizationPolicies))
	for i, r := range p.AuthorizationPolicies {
		if r.KeyName != nil {
			byName[strings.ToLower(*r.KeyName)] = i
		}
	}
	for _, k := range keys {
		i, ok := -1, false
		if k.KeyName != nil {
			i, ok = byName[strings.ToLower(*k.KeyName)]
		}
		if !ok {
			p.AuthorizationPolicies = append(p.AuthorizationPolicies, k)
			continue
		}
		r := &p.AuthorizationPolicies[i]
		if r.PrimaryKey == nil {
			r.PrimaryKey = k.PrimaryKey
		}
		if r.SecondaryKey == nil {
			r.SecondaryKey = k.SecondaryKey
		}
		if r.Rights == nil {
			r.Rights = k.Rights
		}
	}
}
