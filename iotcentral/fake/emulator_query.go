package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// The emulator runs a subset of the IoT Central query language over its
// devices, their last telemetry values and reported properties:
//
//	SELECT [TOP n] * | column, ... FROM <device template ID>
//	[WHERE column op literal [AND|OR ...]] [ORDER BY column [ASC|DESC]]
//
// with op one of = != <> < <= > >=, AND binding tighter than OR. Columns
// are $id, $displayName, $simulated, $provisioned, $ts (the last telemetry
// time) and telemetry or property names. Anything else (GROUP BY,
// aggregates, WITHIN_WINDOW, parentheses) is answered 400 naming the part
// the emulator does not support.

type queryToken struct {
	text  string
	kind  byte // 'w' word, 'n' number, 's' string, 'o' operator, ',' comma, '*' star, '(' paren
	upper string
}

func tokenizeQuery(q string) ([]queryToken, error) {
	var out []queryToken
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == ',':
			out = append(out, queryToken{text: ",", kind: ','})
			i++
		case c == '*':
			out = append(out, queryToken{text: "*", kind: '*'})
			i++
		case c == '(' || c == ')':
			out = append(out, queryToken{text: string(c), kind: '('})
			i++
		case c == '\'' || c == '"':
			end := strings.IndexByte(q[i+1:], c)
			if end < 0 {
				return nil, fmt.Errorf("unterminated string at %d", i)
			}
			out = append(out, queryToken{text: q[i+1 : i+1+end], kind: 's'})
			i += end + 2
		case strings.ContainsRune("=!<>", rune(c)):
			j := i + 1
			for j < len(q) && strings.ContainsRune("=<>", rune(q[j])) {
				j++
			}
			out = append(out, queryToken{text: q[i:j], kind: 'o'})
			i = j
		case c == '-' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(q) && (q[j] == '.' || (q[j] >= '0' && q[j] <= '9') || q[j] == 'e' || q[j] == 'E') {
				j++
			}
			out = append(out, queryToken{text: q[i:j], kind: 'n'})
			i = j
		default:
			j := i
			for j < len(q) && !unicode.IsSpace(rune(q[j])) && !strings.ContainsRune(",*()'\"=!<>", rune(q[j])) {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("unexpected %q at %d", c, i)
			}
			w := q[i:j]
			out = append(out, queryToken{text: w, kind: 'w', upper: strings.ToUpper(w)})
			i = j
		}
	}
	return out, nil
}

type queryCond struct {
	column, op string
	value      any // json.Number, string or bool
}

type parsedQuery struct {
	top      int
	columns  []string // nil: every column
	template string
	where    [][]queryCond // OR of ANDs
	orderBy  string
	desc     bool
}

func unsupported(format string, args ...any) error {
	return &adminError{http.StatusBadRequest, "the emulator does not support " + fmt.Sprintf(format, args...)}
}

func parseQuery(q string) (parsedQuery, error) {
	var p parsedQuery
	toks, err := tokenizeQuery(q)
	if err != nil {
		return p, &adminError{http.StatusBadRequest, "the query does not parse: " + err.Error()}
	}
	i := 0
	peek := func() queryToken {
		if i < len(toks) {
			return toks[i]
		}
		return queryToken{}
	}
	expect := func(kw string) error {
		if peek().upper != kw {
			return &adminError{http.StatusBadRequest, fmt.Sprintf("expected %s, found %q", kw, peek().text)}
		}
		i++
		return nil
	}
	if err := expect("SELECT"); err != nil {
		return p, err
	}
	if peek().upper == "TOP" {
		i++
		n, err := strconv.Atoi(peek().text)
		if err != nil || n < 1 {
			return p, &adminError{http.StatusBadRequest, "TOP needs a positive number"}
		}
		p.top, i = n, i+1
	}
	if peek().kind == '*' {
		i++
	} else {
		for {
			t := peek()
			if t.kind != 'w' || t.upper == "FROM" {
				return p, &adminError{http.StatusBadRequest, fmt.Sprintf("expected a column, found %q", t.text)}
			}
			if i+1 < len(toks) && toks[i+1].kind == '(' {
				return p, unsupported("functions such as %s(...)", t.text)
			}
			p.columns, i = append(p.columns, t.text), i+1
			if peek().kind != ',' {
				break
			}
			i++
		}
	}
	if err := expect("FROM"); err != nil {
		return p, err
	}
	if peek().kind != 'w' {
		return p, &adminError{http.StatusBadRequest, "FROM needs a device template ID"}
	}
	p.template, i = peek().text, i+1
	if peek().upper == "WHERE" {
		i++
		and := []queryCond{}
		for {
			col, op, lit := peek(), queryToken{}, queryToken{}
			if col.kind != 'w' {
				return p, unsupported("%q in WHERE: only column op literal comparisons", col.text)
			}
			if i+1 < len(toks) && toks[i+1].kind == '(' {
				return p, unsupported("functions such as %s(...) in WHERE", col.text)
			}
			i++
			op, i = peek(), i+1
			lit, i = peek(), i+1
			if op.kind != 'o' || (lit.kind != 'n' && lit.kind != 's' && lit.upper != "TRUE" && lit.upper != "FALSE") {
				return p, unsupported("the condition %s %s %s", col.text, op.text, lit.text)
			}
			c := queryCond{column: col.text, op: op.text}
			switch {
			case lit.kind == 'n':
				c.value = json.Number(lit.text)
			case lit.kind == 's':
				c.value = lit.text
			default:
				c.value = lit.upper == "TRUE"
			}
			if !strings.Contains("= != <> < <= > >=", c.op) || c.op == "=<" || c.op == "=>" {
				return p, unsupported("the operator %s", c.op)
			}
			and = append(and, c)
			switch peek().upper {
			case "AND":
				i++
				continue
			case "OR":
				i++
				p.where, and = append(p.where, and), []queryCond{}
				continue
			}
			p.where = append(p.where, and)
			break
		}
	}
	if peek().upper == "ORDER" {
		i++
		if err := expect("BY"); err != nil {
			return p, err
		}
		if peek().kind != 'w' {
			return p, &adminError{http.StatusBadRequest, "ORDER BY needs a column"}
		}
		p.orderBy, i = peek().text, i+1
		switch peek().upper {
		case "DESC":
			p.desc, i = true, i+1
		case "ASC":
			i++
		}
	}
	if i < len(toks) {
		return p, unsupported("%q and what follows", strings.Join(func() []string {
			var s []string
			for _, t := range toks[i:] {
				s = append(s, t.text)
			}
			return s
		}(), " "))
	}
	return p, nil
}

// deviceRow returns the columns of a device. Call with the lock held.
func deviceRow(d *deviceState) map[string]any {
	row := map[string]any{"$id": *d.device.ID}
	if d.device.DisplayName != nil {
		row["$displayName"] = *d.device.DisplayName
	}
	if d.device.Simulated != nil {
		row["$simulated"] = *d.device.Simulated
	}
	if d.device.Provisioned != nil {
		row["$provisioned"] = *d.device.Provisioned
	}
	var last time.Time
	keys := make([]string, 0, len(d.telemetry))
	for k := range d.telemetry {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t := d.telemetry[k]
		name := k[strings.LastIndexByte(k, '/')+1:]
		var v any
		if err := wire.Unmarshal(t.Value, &v); err == nil {
			row[name] = v
		}
		if t.Timestamp != nil && t.Timestamp.After(last) {
			last = *t.Timestamp
		}
	}
	if !last.IsZero() {
		row["$ts"] = last.UTC().Format(time.RFC3339Nano)
	}
	if s, ok := d.properties[targetKey(iotcentral.Target{})]; ok {
		for name, raw := range s.values {
			var v any
			if err := wire.Unmarshal(raw, &v); err == nil {
				if _, taken := row[name]; !taken {
					row[name] = v
				}
			}
		}
	}
	return row
}

// compareValues orders two column values: numbers as numbers, anything
// else as text; ok is false when either is missing.
func compareValues(a, b any) (int, bool) {
	if a == nil || b == nil {
		return 0, false
	}
	an, aerr := strconv.ParseFloat(fmt.Sprint(a), 64)
	bn, berr := strconv.ParseFloat(fmt.Sprint(b), 64)
	_, aIsString := a.(string)
	_, bIsString := b.(string)
	if aerr == nil && berr == nil && !aIsString && !bIsString {
		switch {
		case an < bn:
			return -1, true
		case an > bn:
			return 1, true
		}
		return 0, true
	}
	return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)), true
}

func (c queryCond) holds(row map[string]any) bool {
	cmp, ok := compareValues(row[c.column], c.value)
	if !ok {
		return false
	}
	switch c.op {
	case "=":
		return cmp == 0
	case "!=", "<>":
		return cmp != 0
	case "<":
		return cmp < 0
	case "<=":
		return cmp <= 0
	case ">":
		return cmp > 0
	default:
		return cmp >= 0
	}
}

// runQuery answers POST /query.
func (e *Emulator) runQuery(r *http.Request) (any, error) {
	if !strings.Contains(r.URL.Query().Get("api-version"), "preview") {
		return nil, notFound("operation", "POST /query (a preview api-version has it)")
	}
	body, err := readBody(r)
	if err != nil {
		return nil, err
	}
	var req iotcentral.QueryRequest
	if err := wire.Unmarshal(body, &req); err != nil || req.Query == nil {
		return nil, invalidBody("the body is not a query request")
	}
	q, err := parseQuery(*req.Query)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	if _, ok := e.templates[q.template]; !ok {
		e.mu.Unlock()
		return nil, &adminError{http.StatusBadRequest, fmt.Sprintf("device template %q does not exist", q.template)}
	}
	var rows []map[string]any
	for _, id := range e.deviceIDs() {
		d := e.devices[id]
		if d.device.Template == nil || *d.device.Template != q.template {
			continue
		}
		row := deviceRow(d)
		match := len(q.where) == 0
		for _, and := range q.where {
			all := true
			for _, c := range and {
				all = all && c.holds(row)
			}
			match = match || all
		}
		if match {
			rows = append(rows, row)
		}
	}
	e.mu.Unlock()
	if q.orderBy != "" {
		sort.SliceStable(rows, func(i, j int) bool {
			c, ok := compareValues(rows[i][q.orderBy], rows[j][q.orderBy])
			if !ok {
				return rows[j][q.orderBy] == nil && rows[i][q.orderBy] != nil
			}
			if q.desc {
				return c > 0
			}
			return c < 0
		})
	}
	if q.top > 0 && len(rows) > q.top {
		rows = rows[:q.top]
	}
	out := iotcentral.QueryResponse{Results: make([]iotcentral.QueryRow, len(rows))}
	for i, row := range rows {
		if q.columns == nil {
			out.Results[i] = row
			continue
		}
		sel := iotcentral.QueryRow{}
		for _, c := range q.columns {
			if v, ok := row[c]; ok {
				sel[c] = v
			}
		}
		out.Results[i] = sel
	}
	return out, nil
}
