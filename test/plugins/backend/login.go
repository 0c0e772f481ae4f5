package backend

import (
	"context"
	"time"

	"github.com/openbao/openbao/sdk/v2/framework"
	"github.com/openbao/openbao/sdk/v2/logical"
)

// loginPath is the auth method's unauthenticated POST <mount>/login: any non-empty name gets a
// short-lived token with the default policy, and the metadata names the build that issued it.
func loginPath() *framework.Path {
	return &framework.Path{
		Pattern: "login$",
		Fields: map[string]*framework.FieldSchema{
			"name": {Type: framework.TypeString, Description: "Who logs in."},
		},
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.UpdateOperation: &framework.PathOperation{Callback: login},
		},
	}
}

func login(_ context.Context, _ *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	name := d.Get("name").(string)
	if name == "" {
		return logical.ErrorResponse("missing name"), nil
	}
	return &logical.Response{Auth: &logical.Auth{
		DisplayName: name,
		Policies:    []string{"default"},
		Metadata:    map[string]string{"name": name, "issued_by": reportedVersion()},
		LeaseOptions: logical.LeaseOptions{
			TTL: 10 * time.Minute,
		},
	}}, nil
}
