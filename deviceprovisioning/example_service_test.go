package deviceprovisioning_test

import (
	"context"
	"fmt"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// A device of a symmetric-key enrollment group authenticates with a key
// derived from the group's; the group key stays in the back end.
func ExampleDeriveDeviceKey() {
	groupKey := "ZW11bGF0ZWQtZ3JvdXAta2V5LTAxMjM0NTY3ODlhYmM=" // from EnrollmentGroupsClient.GetAttestationMechanism
	key, err := dps.DeriveDeviceKey(groupKey, "sensor-001")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(key)
	// Output: YL1liCSatvcuuc+547Cb/eMvDxyC8NJcMeuGYTq7lhM=
}

// An automation script creates an instance, then enrolls devices in it
// through the service API, signed with the instance's own key.
func ExampleNewServiceClientForProvisioningService() {
	ctx := context.Background()
	emu := fake.NewEmulator(nil) // against Azure: no Transport
	services := exampleClient(emu)
	exampleService(services)

	svc, err := dps.NewServiceClientForProvisioningService(ctx, services, "my-rg", "my-dps", "",
		&dps.ServiceClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}})
	if err != nil {
		log.Fatal(err)
	}
	groups := svc.EnrollmentGroups()
	group, err := groups.CreateOrUpdate(ctx, "sensors", dps.EnrollmentGroup{Attestation: &dps.SymmetricKeyAttestationMechanism{}}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*group.EnrollmentGroupID, group.Attestation.Kind(), *group.ProvisioningStatus)

	for e, err := range groups.QueryIter(ctx, dps.QuerySpecification{Query: to.Ptr("SELECT * FROM enrollmentGroups")}, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("queried", *e.EnrollmentGroupID)
	}
	// Output:
	// sensors symmetricKey enabled
	// queried sensors
}
