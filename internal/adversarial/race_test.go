//go:build race

package adversarial_test

// raceEnabled is true under -race, where the race detector makes each byte
// a decoder touches several times dearer: the suite then sends its 10 MB
// bodies through fewer call shapes.
const raceEnabled = true
