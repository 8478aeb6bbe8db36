package readme

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var goBlockRE = regexp.MustCompile("(?s)```go\n(.*?)```")

// lines returns the non-blank lines of s with surrounding space removed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestReadmeSnippetsAreExampleCode checks that every Go block of README.md
// appears, line for line, in an example test file of the module.
func TestReadmeSnippetsAreExampleCode(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var sources [][]string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "benchcmp") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, "_test.go") && strings.Contains(filepath.Base(path), "example") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sources = append(sources, lines(string(b)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	blocks := goBlockRE.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 5 {
		t.Fatalf("found %d Go blocks in README.md; the check would prove nothing", len(blocks))
	}
	for _, b := range blocks {
		want := lines(b[1])
		if !foundIn(want, sources) {
			t.Errorf("README snippet is not in any example test file:\n%s", b[1])
		}
	}
}

func foundIn(want []string, sources [][]string) bool {
	for _, src := range sources {
		for i := 0; i+len(want) <= len(src); i++ {
			match := true
			for j, w := range want {
				if src[i+j] != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}
