package wire

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds nesting so that hostile input cannot exhaust the stack;
// encoding/json allows 10000, no service document nests past a few dozen.
const maxDepth = 1000

// SyntaxError reports malformed JSON at a byte offset of the value being
// decoded.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at offset %d: %s", e.Offset, e.Msg)
}

func syntaxErr(off int, format string, args ...any) error {
	return &SyntaxError{Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(d []byte, i int) int {
	for i < len(d) && isSpace(d[i]) {
		i++
	}
	return i
}

// trimValue returns d without surrounding white space and checks that it
// holds exactly one JSON value.
func trimValue(d []byte) ([]byte, error) {
	i := skipSpace(d, 0)
	end, err := skipValue(d, i, 0)
	if err != nil {
		return nil, err
	}
	if j := skipSpace(d, end); j != len(d) {
		return nil, syntaxErr(j, "unexpected %q after the value", d[j])
	}
	return d[i:end], nil
}

// skipValue validates the value starting at d[i] and returns the offset just
// past it.
func skipValue(d []byte, i, depth int) (int, error) {
	if i >= len(d) {
		return i, syntaxErr(i, "unexpected end of input")
	}
	switch c := d[i]; {
	case c == '{':
		return skipObject(d, i, depth+1)
	case c == '[':
		return skipArray(d, i, depth+1)
	case c == '"':
		end, _, err := scanString(d, i)
		return end, err
	case c == 't':
		return skipLiteral(d, i, "true")
	case c == 'f':
		return skipLiteral(d, i, "false")
	case c == 'n':
		return skipLiteral(d, i, "null")
	case c == '-' || (c >= '0' && c <= '9'):
		return skipNumber(d, i)
	default:
		return i, syntaxErr(i, "unexpected %q at the start of a value", c)
	}
}

func skipLiteral(d []byte, i int, lit string) (int, error) {
	if len(d)-i < len(lit) || string(d[i:i+len(lit)]) != lit {
		return i, syntaxErr(i, "invalid literal, want %s", lit)
	}
	return i + len(lit), nil
}

func skipNumber(d []byte, i int) (int, error) {
	start := i
	if d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		return i, syntaxErr(start, "invalid number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return i, syntaxErr(start, "invalid number")
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return i, syntaxErr(start, "invalid number")
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	return i, nil
}

// scanString validates the string starting at d[i] (the opening quote) and
// returns the offset past the closing quote and whether it holds escapes.
func scanString(d []byte, i int) (end int, escaped bool, err error) {
	start := i
	i++
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			return i + 1, escaped, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(d) {
				return i, escaped, syntaxErr(start, "unterminated string")
			}
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if len(d)-i < 6 || !isHex4(d[i+2:i+6]) {
					return i, escaped, syntaxErr(i, "invalid \\u escape")
				}
				i += 6
			default:
				return i, escaped, syntaxErr(i, "invalid escape %q", d[i+1])
			}
		case c < 0x20:
			return i, escaped, syntaxErr(i, "control character in string")
		default:
			i++
		}
	}
	return i, escaped, syntaxErr(start, "unterminated string")
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// unquote decodes a validated JSON string literal (quotes included).
func unquote(lit []byte, escaped bool) string {
	body := lit[1 : len(lit)-1]
	if !escaped {
		return string(body)
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		switch body[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(body[i+2:])
			i += 6
			if utf16.IsSurrogate(r) && i+6 <= len(body) && body[i] == '\\' && body[i+1] == 'u' {
				if r2 := utf16.DecodeRune(r, hex4(body[i+2:])); r2 != utf8.RuneError {
					r = r2
					i += 6
				}
			}
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default: // '"', '\\', '/'
			out = append(out, body[i+1])
		}
		i += 2
	}
	return string(out)
}

func skipObject(d []byte, i, depth int) (int, error) {
	return eachMember(d, i, depth, func([]byte, bool, []byte) error { return nil })
}

func skipArray(d []byte, i, depth int) (int, error) {
	return eachElement(d, i, depth, func([]byte) error { return nil })
}

// eachMember validates the object starting at d[i] ('{'), calls fn for each
// member with the raw key literal and the raw value, and returns the offset
// past the closing brace.
func eachMember(d []byte, i, depth int, fn func(key []byte, keyEscaped bool, value []byte) error) (int, error) {
	if depth > maxDepth {
		return i, syntaxErr(i, "nesting too deep")
	}
	i = skipSpace(d, i+1)
	if i < len(d) && d[i] == '}' {
		return i + 1, nil
	}
	for {
		if i >= len(d) || d[i] != '"' {
			return i, syntaxErr(i, "expected a member name")
		}
		kEnd, kEsc, err := scanString(d, i)
		if err != nil {
			return i, err
		}
		key := d[i:kEnd]
		i = skipSpace(d, kEnd)
		if i >= len(d) || d[i] != ':' {
			return i, syntaxErr(i, "expected ':' after a member name")
		}
		i = skipSpace(d, i+1)
		vEnd, err := skipValue(d, i, depth)
		if err != nil {
			return i, err
		}
		if err := fn(key, kEsc, d[i:vEnd]); err != nil {
			return i, err
		}
		i = skipSpace(d, vEnd)
		if i >= len(d) {
			return i, syntaxErr(i, "unterminated object")
		}
		switch d[i] {
		case ',':
			i = skipSpace(d, i+1)
		case '}':
			return i + 1, nil
		default:
			return i, syntaxErr(i, "expected ',' or '}' in an object")
		}
	}
}

// eachElement validates the array starting at d[i] ('[') and calls fn with
// each raw element; it returns the offset past the closing bracket.
func eachElement(d []byte, i, depth int, fn func(value []byte) error) (int, error) {
	if depth > maxDepth {
		return i, syntaxErr(i, "nesting too deep")
	}
	i = skipSpace(d, i+1)
	if i < len(d) && d[i] == ']' {
		return i + 1, nil
	}
	for {
		vEnd, err := skipValue(d, i, depth)
		if err != nil {
			return i, err
		}
		if err := fn(d[i:vEnd]); err != nil {
			return i, err
		}
		i = skipSpace(d, vEnd)
		if i >= len(d) {
			return i, syntaxErr(i, "unterminated array")
		}
		switch d[i] {
		case ',':
			i = skipSpace(d, i+1)
		case ']':
			return i + 1, nil
		default:
			return i, syntaxErr(i, "expected ',' or ']' in an array")
		}
	}
}
