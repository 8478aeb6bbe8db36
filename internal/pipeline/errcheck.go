package pipeline

import (
	"errors"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// HasCode reports whether err is a service failure (any
// *azcore.ResponseError, which every *ServiceError wraps and every fake
// returns) whose error code is one of codes. Codes compare without regard to
// case, as ARM treats them. With no codes it reports whether err is a service
// failure at all.
func HasCode(err error, codes ...string) bool {
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re == nil {
		return false
	}
	if len(codes) == 0 {
		return true
	}
	for _, c := range codes {
		if strings.EqualFold(re.ErrorCode, c) {
			return true
		}
	}
	return false
}

// HasStatus reports whether err is a service failure with the HTTP status.
func HasStatus(err error, status int) bool {
	var re *azcore.ResponseError
	return errors.As(err, &re) && re != nil && re.StatusCode == status
}

// IsNotFound reports whether err is a service failure with status 404.
func IsNotFound(err error) bool { return HasStatus(err, http.StatusNotFound) }

// IsPreconditionFailed reports whether err is a service failure with status
// 412: an If-Match etag no longer matches.
func IsPreconditionFailed(err error) bool { return HasStatus(err, http.StatusPreconditionFailed) }
