package customerinsights

import (
	"bytes"
	"context"
	"encoding/json"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
)

// Path templates of the profile operations.
const (
	profilesPath      = hubPath + "/profiles"
	profilePath       = profilesPath + "/{profileName}"
	enrichingKpisPath = profilePath + "/getEnrichingKpis"
)

// ProfilesClient manages the profile types of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/profiles). It is immutable and safe for
// concurrent use.
type ProfilesClient struct{ client }

// NewProfilesClient returns a client for the profiles of the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewProfilesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ProfilesClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ProfilesClient{c}, nil
}

// profileState returns a profile's provisioningState.
func profileState(p *ProfileResourceFormat) *ProvisioningStates {
	if p.Properties == nil {
		return nil
	}
	return p.Properties.ProvisioningState
}

var (
	profileCreate = lro[ProfileResourceFormat, ProfilesClientCreateOrUpdateResponse]{
		op: "ProfilesClient.BeginCreateOrUpdate", state: profileState,
		wrap: func(p ProfileResourceFormat) ProfilesClientCreateOrUpdateResponse {
			return ProfilesClientCreateOrUpdateResponse{p}
		},
	}
	profileDelete = lro[ProfileResourceFormat, ProfilesClientDeleteResponse]{
		op: "ProfilesClient.BeginDelete", delete: true, state: profileState,
	}
)

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
	var q []string
	if options != nil {
		q = query(localeCodeParam, options.LocaleCode)
	}
	_, err = pipeline.Call{Op: "ProfilesClient.Get", Method: http.MethodGet, Template: profilePath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, profileName}, Query: q,
		Out: &resp.ProfileResourceFormat}.Do(ctx, c.pl)
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
func (c *ProfilesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, profileName string, profile ProfileResourceFormat, options *ProfilesClientBeginCreateOrUpdateOptions) (*runtime.Poller[ProfilesClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return profileCreate.resume(c.pl, options.ResumeToken)
	}
	return profileCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: profilePath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, profileName}, Body: profile,
		OK: []int{http.StatusOK, http.StatusAccepted}})
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
func (c *ProfilesClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, profileName string, options *ProfilesClientBeginDeleteOptions) (*runtime.Poller[ProfilesClientDeleteResponse], error) {
	var q []string
	if options != nil {
		if options.ResumeToken != "" {
			return profileDelete.resume(c.pl, options.ResumeToken)
		}
		q = query(localeCodeParam, options.LocaleCode)
	}
	return profileDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: profilePath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, profileName}, Query: q,
		OK: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}})
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
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is
// sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/profiles/list-by-hub
func (c *ProfilesClient) NewListByHubPager(resourceGroupName, hubName string, options *ProfilesClientListByHubOptions) *runtime.Pager[ProfilesClientListByHubResponse] {
	var q []string
	if options != nil {
		q = query(localeCodeParam, options.LocaleCode)
	}
	return newPager(c.client, "ProfilesClient.NewListByHubPager", profilesPath, []string{c.subscriptionID, resourceGroupName, hubName}, q, false, false,
		func(p *ProfilesClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter returns an iterator over every profile of every page of
// NewListByHubPager, holding one page at a time; it stops at the first
// error, which it yields.
func (c *ProfilesClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *ProfilesClientListByHubOptions) iter.Seq2[ProfileResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p ProfilesClientListByHubResponse) []ProfileResourceFormat { return p.Value })
}

// ProfilesClientGetEnrichingKpisOptions holds the optional parameters of
// ProfilesClient.GetEnrichingKpis; there are none yet.
type ProfilesClientGetEnrichingKpisOptions struct{}

// ProfilesClientGetEnrichingKpisResponse is the result of
// ProfilesClient.GetEnrichingKpis. On the wire it is a bare JSON array,
// which its JSON methods read and write.
type ProfilesClientGetEnrichingKpisResponse struct {
	// KpiDefinitionArray holds the KPIs that enrich the profile.
	KpiDefinitionArray []KpiDefinition
}

// MarshalJSON implements json.Marshaler: the KPIs as a JSON array.
func (r ProfilesClientGetEnrichingKpisResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(r.KpiDefinitionArray)
}

// UnmarshalJSON implements json.Unmarshaler: it reads a JSON array of KPIs.
func (r *ProfilesClientGetEnrichingKpisResponse) UnmarshalJSON(data []byte) error {
	if !json.Valid(bytes.TrimSpace(data)) {
		return &pipeline.DecodeError{Model: "ProfilesClientGetEnrichingKpisResponse", Msg: "not a single valid JSON document"}
	}
	if err := wire.Unmarshal(data, &r.KpiDefinitionArray); err != nil {
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
	_, err = pipeline.Call{Op: "ProfilesClient.GetEnrichingKpis", Method: http.MethodPost, Template: enrichingKpisPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, profileName}, Out: &resp}.Do(ctx, c.pl)
	return resp, err
}
