package emulation_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// A fault script makes an emulator throttle twice; azcore's retry policy
// honours the Retry-After and the call succeeds on the third attempt.
func ExampleFault() {
	const sub = "5d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"
	emu := fake.NewEmulator(nil)
	emu.AddInstance(sub, "rg", "aio-1")
	emu.AddFaults(emulation.Fault{Kind: emulation.FaultThrottle, Method: "GET", Times: 2, RetryAfter: time.Millisecond})

	client, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{},
		&iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		log.Fatal(err)
	}
	pager := client.NewListPager("rg", "aio-1", nil)
	page, err := pager.NextPage(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(page.Value), "profiles")
	for _, r := range emu.Requests() {
		fmt.Println(r.Method, r.Status)
	}
	// Output:
	// 0 profiles
	// GET 429
	// GET 429
	// GET 200
}

// A delayed request waits for the emulator's clock, not for wall time.
func ExampleClock() {
	clock := emulation.NewClock(emulation.DefaultStart)
	fired := clock.After(time.Minute)
	clock.Advance(30 * time.Second)
	select {
	case <-fired:
		fmt.Println("fired early")
	default:
		fmt.Println("waiting at", clock.Now().Format(time.TimeOnly))
	}
	clock.Advance(30 * time.Second)
	fmt.Println("fired at", (<-fired).Format(time.TimeOnly))
	// Output:
	// waiting at 00:00:30
	// fired at 00:01:00
}
