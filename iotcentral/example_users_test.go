package iotcentral_test

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// Users are polymorphic: an email user, a service principal or an Entra
// group, each with role assignments, optionally scoped to an organization.
func ExampleUsersClient_Create() {
	srv := fake.UsersServer{
		Create: func(_ context.Context, userID string, user iotcentral.User, _ *iotcentral.UsersClientCreateOptions) (resp azfake.Responder[iotcentral.UsersClientCreateResponse], errResp azfake.ErrorResponder) {
			user.(*iotcentral.ServicePrincipalUser).ID = &userID
			resp.SetResponse(http.StatusOK, iotcentral.UsersClientCreateResponse{User: user}, nil)
			return
		},
	}
	client, err := iotcentral.NewClient("https://myapp.azureiotcentral.com/api", &azfake.TokenCredential{},
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: fake.NewUsersServerTransport(&srv)}})
	if err != nil {
		log.Fatal(err)
	}
	resp, err := client.Users().Create(context.Background(), "deploy-bot", &iotcentral.ServicePrincipalUser{
		TenantID: to.Ptr("027fdad7-cf0f-470a-a26a-272197813322"),
		ObjectID: to.Ptr("65e13aac-1443-4c49-9d49-57b87197cfff"),
		Roles:    []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator), Organization: to.Ptr("seattle")}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	switch u := resp.User.(type) {
	case *iotcentral.EmailUser:
		fmt.Println("email user", *u.Email)
	case *iotcentral.ServicePrincipalUser:
		fmt.Println("service principal", *u.ID, "object", *u.ObjectID)
	}
	info := resp.Info()
	fmt.Println(info.Type, *info.Roles[0].Role == iotcentral.RoleOperator, *info.Roles[0].Organization)
	// Output:
	// service principal deploy-bot object 65e13aac-1443-4c49-9d49-57b87197cfff
	// servicePrincipal true seattle
}
