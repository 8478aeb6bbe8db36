package customerinsights

import (
	"bytes"
	"context"
	"encoding/json"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the profile operations.
const (
	profilesPath      = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CustomerInsights/hubs/{hubName}/profiles"
	profilePath       = profilesPath + "/{profileName}"
	enrichingKpisPath = profilePath + "/getEnrichingKpis"
)

// localeCodeParam is the query parameter that selects the locale of the
// localized members; the service's default is "en-us".
const localeCodeParam = "locale-code"

// ProfilesClientGetOptions holds the optional parameters of ProfilesClient.Get.
type ProfilesClientGetOptions struct {
	// LocaleCode selects the locale of the profile's localized members;
	// nil leaves the service's default, "en-us".
	LocaleCode *string
}

// ProfilesClientGetResponse is the result of ProfilesClient.Get.
type ProfilesClientGetResponse struct {
	ProfileResourceFormat
}

// Get returns a profile (Profiles_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/get
func (c *ProfilesClient) Get(ctx context.Context, resourceGroupName, hubName, profileName string, options *ProfilesClientGetOptions) (resp ProfilesClientGetResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProfilesClient.Get")
	defer func() { end(err) }()
	path, err := pipeline.Path(profilePath, c.subscriptionID, resourceGroupName, hubName, profileName)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return resp, err
	}
	if options != nil && options.LocaleCode != nil {
		pipeline.SetQuery(req, localeCodeParam, *options.LocaleCode)
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.ProfileResourceFormat)
	return resp, err
}

// ProfilesClientBeginCreateOrUpdateOptions holds the optional parameters of
// ProfilesClient.BeginCreateOrUpdate.
type ProfilesClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProfilesClientCreateOrUpdateResponse is the result of
// ProfilesClient.BeginCreateOrUpdate: the profile once provisioned.
type ProfilesClientCreateOrUpdateResponse struct {
	ProfileResourceFormat
}

// BeginCreateOrUpdate creates a profile type in a hub, or replaces one
// (Profiles_CreateOrUpdate), and returns a poller for its provisioning.
//
// The service answers 200 with the profile, or 202. A 202 that carries an
// Azure-AsyncOperation or Location header is followed with azcore's
// standard protocols. A 202 without one, which is what the spec declares,
// is followed by reading the profile (GET) until its provisioningState is
// terminal, as the service's documentation says:
//
//   - Succeeded: PollUntilDone returns the profile.
//   - Failed or HumanIntervention: PollUntilDone returns a
//     *ProvisioningError holding the state and the profile; errors.As also
//     finds an *azcore.ResponseError.
//
// Poller.ResumeToken saves the operation, to continue it later with
// ResumeToken. Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/create-or-update
func (c *ProfilesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, profileName string, profile ProfileResourceFormat, options *ProfilesClientBeginCreateOrUpdateOptions) (poller *runtime.Poller[ProfilesClientCreateOrUpdateResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return resumeCreateOrUpdate(c.pl, options.ResumeToken)
	}
	ctx, end := c.pl.Start(ctx, "ProfilesClient.BeginCreateOrUpdate")
	defer func() { end(err) }()
	path, err := pipeline.Path(profilePath, c.subscriptionID, resourceGroupName, hubName, profileName)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPut, path)
	if err != nil {
		return nil, err
	}
	if err := pipeline.SetBody(req, profile, pipeline.ContentTypeJSON); err != nil {
		return nil, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusAccepted)
	if err != nil {
		return nil, err
	}
	return newCreateOrUpdatePoller(c.pl, httpResp)
}

// ProfilesClientBeginDeleteOptions holds the optional parameters of
// ProfilesClient.BeginDelete.
type ProfilesClientBeginDeleteOptions struct {
	// LocaleCode is sent as the spec's locale-code parameter; nil leaves
	// the service's default, "en-us".
	LocaleCode *string
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProfilesClientDeleteResponse is the result of ProfilesClient.BeginDelete; it holds
// nothing.
type ProfilesClientDeleteResponse struct{}

// BeginDelete deletes a profile type (Profiles_Delete) and returns a poller
// for the deletion. The service answers 200 or 204 when the profile is
// gone, or 202: with a Location or Azure-AsyncOperation header it is
// followed with azcore's standard protocols, without one by reading the
// profile (GET) until it is gone (404). A profile whose provisioningState
// becomes Failed or HumanIntervention meanwhile ends the wait with a
// *ProvisioningError.
//
// Poller.ResumeToken saves the operation, to continue it later with
// ResumeToken. Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/delete
func (c *ProfilesClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, profileName string, options *ProfilesClientBeginDeleteOptions) (poller *runtime.Poller[ProfilesClientDeleteResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return resumeDelete(c.pl, options.ResumeToken)
	}
	ctx, end := c.pl.Start(ctx, "ProfilesClient.BeginDelete")
	defer func() { end(err) }()
	path, err := pipeline.Path(profilePath, c.subscriptionID, resourceGroupName, hubName, profileName)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodDelete, path)
	if err != nil {
		return nil, err
	}
	if options != nil && options.LocaleCode != nil {
		pipeline.SetQuery(req, localeCodeParam, *options.LocaleCode)
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
	if err != nil {
		return nil, err
	}
	return newDeletePoller(c.pl, httpResp)
}

// ProfilesClientListByHubOptions holds the optional parameters of
// ProfilesClient.NewListByHubPager and ProfilesClient.ListByHubIter.
type ProfilesClientListByHubOptions struct {
	// LocaleCode selects the locale of the profiles' localized members;
	// nil leaves the service's default, "en-us".
	LocaleCode *string
}

// ProfilesClientListByHubResponse is one page of ProfilesClient.NewListByHubPager.
type ProfilesClientListByHubResponse struct {
	ProfileListResult
}

// NewListByHubPager lists the profile types of a hub (Profiles_ListByHub),
// page by page, following nextLink. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/list-by-hub
func (c *ProfilesClient) NewListByHubPager(resourceGroupName, hubName string, options *ProfilesClientListByHubOptions) *runtime.Pager[ProfilesClientListByHubResponse] {
	var locale *string
	if options != nil && options.LocaleCode != nil {
		locale = new(string)
		*locale = *options.LocaleCode
	}
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ProfilesClientListByHubResponse]{
		Op: "ProfilesClient.NewListByHubPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			path, err := pipeline.Path(profilesPath, c.subscriptionID, resourceGroupName, hubName)
			if err != nil {
				return nil, err
			}
			req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
			if err != nil {
				return nil, err
			}
			if locale != nil {
				pipeline.SetQuery(req, localeCodeParam, *locale)
			}
			return req, nil
		},
		NextLink: func(p *ProfilesClientListByHubResponse) *string { return p.NextLink },
	})
}

// ListByHubIter returns an iterator over every profile of every page of
// NewListByHubPager; it stops at the first error, which it yields.
func (c *ProfilesClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *ProfilesClientListByHubOptions) iter.Seq2[ProfileResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p ProfilesClientListByHubResponse) []ProfileResourceFormat { return p.Value })
}

// ProfilesClientGetEnrichingKpisOptions holds the optional parameters of
// ProfilesClient.GetEnrichingKpis; there are none yet.
type ProfilesClientGetEnrichingKpisOptions struct{}

// ProfilesClientGetEnrichingKpisResponse is the result of ProfilesClient.GetEnrichingKpis.
// On the wire it is a bare JSON array, which its JSON methods read and
// write.
type ProfilesClientGetEnrichingKpisResponse struct {
	// KpiDefinitionArray holds the KPIs that enrich the profile.
	KpiDefinitionArray []KpiDefinition
}

// AppendJSON appends the KPIs to b as a JSON array.
func (r ProfilesClientGetEnrichingKpisResponse) AppendJSON(b []byte) ([]byte, error) {
	if r.KpiDefinitionArray == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, k := range r.KpiDefinitionArray {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = k.AppendJSON(b); err != nil {
			return b, err
		}
	}
	return append(b, ']'), nil
}

// MarshalJSON implements json.Marshaler: the KPIs as a JSON array.
func (r ProfilesClientGetEnrichingKpisResponse) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(r)
}

// UnmarshalJSON implements json.Unmarshaler: it reads a JSON array of KPIs.
func (r *ProfilesClientGetEnrichingKpisResponse) UnmarshalJSON(data []byte) error {
	data = bytes.Trim(data, " \t\r\n")
	if !json.Valid(data) {
		return &pipeline.DecodeError{Model: "ProfilesClientGetEnrichingKpisResponse", Msg: "not a single valid JSON document"}
	}
	if err := pipeline.DecodeSlice(data, &r.KpiDefinitionArray, pipeline.ModelElem[KpiDefinition]); err != nil {
		return &pipeline.DecodeError{Model: "ProfilesClientGetEnrichingKpisResponse", Err: err}
	}
	return nil
}

// GetEnrichingKpis returns the KPIs that enrich a profile type
// (Profiles_GetEnrichingKpis): those of the interactions it participates in
// and of its relationships.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/get-enriching-kpis
func (c *ProfilesClient) GetEnrichingKpis(ctx context.Context, resourceGroupName, hubName, profileName string, options *ProfilesClientGetEnrichingKpisOptions) (resp ProfilesClientGetEnrichingKpisResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProfilesClient.GetEnrichingKpis")
	defer func() { end(err) }()
	path, err := pipeline.Path(enrichingKpisPath, c.subscriptionID, resourceGroupName, hubName, profileName)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPost, path)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp)
	return resp, err
}
