// Package wire is the lossless JSON codec every model of this module goes
// through. A model is declared, never hand-serialized: a plain struct whose
// serialized fields carry `json:"name,omitempty"` tags with the exact wire
// name, and an
//
//	Unknown map[string]json.RawMessage `json:"-"`
//
// field. The codec derives each type's field plan once, from its tags, and
// caches it.
//
// The rules, which every model therefore shares:
//
//   - Decode: a member whose name matches a tag exactly (case-sensitive)
//     fills that field; every other member is copied, as it arrived, into
//     Unknown. Encode writes the declared fields in declaration order, then
//     the unknown members in name order, skipping any whose name is a
//     declared field's. So GET → modify → PUT loses nothing, at any nesting
//     level.
//   - omitempty omits nil pointers, nil slices, nil maps, nil interfaces and
//     zero scalars. Empty but non-nil slices and maps are written ([] and
//     {}), so a service's empty list survives a round trip.
//   - JSON null on a pointer, slice, map or interface field sets it to nil;
//     on a scalar it leaves the field unchanged, as encoding/json does.
//   - Numbers decode into the field's Go kind; a fraction or an overflow is
//     an error naming the field. Into `any`, numbers decode as json.Number so
//     that no digit is lost. NaN and ±Inf cannot be encoded
//     (*UnsupportedValueError).
//   - Times (time.Time) are RFC 3339 on the wire, written with nanosecond
//     precision as needed; decode also accepts a time with no zone (read as
//     UTC) and RFC 1123. A field tagged `format:"rfc1123"` is written in
//     RFC 1123 (GMT). A time may therefore change its text form in a round
//     trip, never its instant.
//   - Strings: invalid UTF-8 decodes as U+FFFD, as with encoding/json, so a
//     second round trip is identical to the first.
//   - Polymorphic interfaces are declared with RegisterUnion: an explicit
//     switch from the discriminator's value to a concrete type (an
//     Unknown<X> type for kinds the package does not know, kept whole) and
//     one back.
//   - Nesting deeper than 1000 levels is a *SyntaxError; decode time and
//     memory are linear in the input's size.
//
// Models declare MarshalJSON and UnmarshalJSON that call Marshal and
// Unmarshal, so encoding/json users get the same lossless behaviour; the
// codec itself never calls those methods on a struct it can plan.
package wire
