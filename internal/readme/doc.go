// Package readme holds the test that keeps the README's Go snippets true:
// each must be an excerpt of a runnable Example function, so it compiles
// and runs with the test suite.
package readme
