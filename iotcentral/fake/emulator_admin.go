package fake

// deviceDirectory is what the administration routes need from the device
// side of the emulator: the devices a job targets are the members of its
// device group.
type deviceDirectory interface {
	// devicesInGroup returns the IDs of the devices in a device group and
	// whether the group exists.
	devicesInGroup(groupID string) ([]string, bool)
}

// FailJobDevices makes the next attempts job runs fail on each of
// deviceIDs (a rerun is a run too): with attempts 1 a job fails on the
// devices and its rerun succeeds.
func (e *Emulator) FailJobDevices(attempts int, deviceIDs ...string) {
	e.admin.failDevices(attempts, deviceIDs)
}
