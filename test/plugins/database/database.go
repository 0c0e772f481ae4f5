// Package database is the test plugin served as a database plugin (the SDK's dbplugin v5 interface). It
// connects to no database: Initialize keeps the connection details it is given and, with
// verify_connection, has nothing to reach, so it accepts them as they are. It reports the build's version
// (or the catalog entry's SYSPLUGINS_PLUGIN_VERSION), so a connection's running version can be told apart
// from the configured one.
package database

import (
	"context"
	"errors"
	"os"

	dbplugin "github.com/openbao/openbao/sdk/v2/database/dbplugin/v5"
	"github.com/openbao/openbao/sdk/v2/logical"
	"sysplugins/testplugins/backend"
)

// TypeName is what the plugin answers to Type().
const TypeName = "sysplugins-database"

var errNoUsers = errors.New("the sysplugins test database plugin manages no users")

type database struct{}

var (
	_ dbplugin.Database       = database{}
	_ logical.PluginVersioner = database{}
)

// New is the factory the SDK's multiplexed server calls once per connection.
func New() (interface{}, error) { return database{}, nil }

func (database) Initialize(_ context.Context, req dbplugin.InitializeRequest) (dbplugin.InitializeResponse, error) {
	return dbplugin.InitializeResponse{Config: req.Config}, nil
}

func (database) NewUser(context.Context, dbplugin.NewUserRequest) (dbplugin.NewUserResponse, error) {
	return dbplugin.NewUserResponse{}, errNoUsers
}

func (database) UpdateUser(context.Context, dbplugin.UpdateUserRequest) (dbplugin.UpdateUserResponse, error) {
	return dbplugin.UpdateUserResponse{}, errNoUsers
}

func (database) DeleteUser(context.Context, dbplugin.DeleteUserRequest) (dbplugin.DeleteUserResponse, error) {
	return dbplugin.DeleteUserResponse{}, errNoUsers
}

func (database) Type() (string, error) { return TypeName, nil }

func (database) Close() error { return nil }

// PluginVersion reports the build's version, or the catalog entry's SYSPLUGINS_PLUGIN_VERSION.
func (database) PluginVersion() logical.PluginVersion {
	if v, ok := os.LookupEnv(backend.VersionEnv); ok {
		return logical.PluginVersion{Version: v}
	}
	return logical.PluginVersion{Version: backend.Version}
}
