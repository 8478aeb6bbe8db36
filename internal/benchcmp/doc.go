// Package benchcmp measures the JSON codec of azclients' models against
// the generated official SDK's on the same documents. It is a separate
// module so that the official SDK never becomes a dependency of azclients;
// run it with
//
//	cd internal/benchcmp && go test -run XXX -bench . -benchmem -count 6
//
// The tests check that both codecs read the documents alike, so that the
// benchmarks compare the same work.
package benchcmp
