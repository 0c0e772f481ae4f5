// Command database is the test plugin served as a database plugin.
package main

import (
	dbplugin "github.com/openbao/openbao/sdk/v2/database/dbplugin/v5"
	"sysplugins/testplugins/database"
)

func main() { dbplugin.ServeMultiplex(database.New) }
