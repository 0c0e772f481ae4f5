package backend

import (
	"context"
	"strings"

	"github.com/openbao/openbao/sdk/v2/framework"
	"github.com/openbao/openbao/sdk/v2/logical"
)

// dataPaths keep strings under <mount>/data/<key> in the mount's storage, so a test can show that a
// reload or an upgrade keeps what the previous build wrote.
func dataPaths() []*framework.Path {
	return []*framework.Path{
		{
			Pattern: "data/?$",
			Operations: map[logical.Operation]framework.OperationHandler{
				logical.ListOperation: &framework.PathOperation{Callback: listData},
			},
		},
		{
			Pattern: "data/" + framework.GenericNameRegex("key"),
			Fields: map[string]*framework.FieldSchema{
				"key":   {Type: framework.TypeString, Description: "Name of the entry."},
				"value": {Type: framework.TypeString, Description: "String to keep."},
			},
			ExistenceCheck: func(ctx context.Context, req *logical.Request, _ *framework.FieldData) (bool, error) {
				entry, err := req.Storage.Get(ctx, req.Path)
				return entry != nil, err
			},
			Operations: map[logical.Operation]framework.OperationHandler{
				logical.ReadOperation:   &framework.PathOperation{Callback: readData},
				logical.CreateOperation: &framework.PathOperation{Callback: writeData},
				logical.UpdateOperation: &framework.PathOperation{Callback: writeData},
				logical.DeleteOperation: &framework.PathOperation{Callback: deleteData},
			},
		},
	}
}

func listData(ctx context.Context, req *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
	keys, err := req.Storage.List(ctx, "data/")
	if err != nil {
		return nil, err
	}
	return logical.ListResponse(keys), nil
}

func readData(ctx context.Context, req *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
	entry, err := req.Storage.Get(ctx, req.Path)
	if err != nil || entry == nil {
		return nil, err
	}
	return &logical.Response{Data: map[string]interface{}{
		"value":      string(entry.Value),
		"written_by": reportedVersion(),
	}}, nil
}

func writeData(ctx context.Context, req *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	value := d.Get("value").(string)
	if strings.TrimSpace(value) == "" {
		return logical.ErrorResponse("missing value"), nil
	}
	return nil, req.Storage.Put(ctx, &logical.StorageEntry{Key: req.Path, Value: []byte(value)})
}

func deleteData(ctx context.Context, req *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
	return nil, req.Storage.Delete(ctx, req.Path)
}
