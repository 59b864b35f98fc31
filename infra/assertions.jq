# Reads a `bicep snapshot` of one environment and prints one line per broken expectation
# (nothing when all hold). Values the deployment only knows at run time appear as expressions.

def resources($type): [.predictedResources[] | select(.type == $type)];
def one($type): resources($type) | if length == 1 then .[0] else null end;
def expect($ok; $message): if $ok then empty else $message end;
def last_segment: split("/") | last;

(one("Microsoft.Web/sites")) as $site
| (one("Microsoft.Web/serverfarms")) as $plan
| (one("Microsoft.Web/sites/config")) as $auth
| (one("Microsoft.Storage/storageAccounts")) as $storage
| (one("Microsoft.KeyVault/vaults")) as $vault
| (one("Microsoft.Insights/components")) as $appInsights
| ($site.properties.siteConfig.appSettings // [] | map({(.name): .value}) | add // {})
  as $settings
| ([resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies")[]
    | {(.name | last_segment): .properties.allow}] | add // {})
  as $publishing
| [resources("Microsoft.Storage/storageAccounts/blobServices/containers")[] | .name | last_segment]
  as $containers
| [resources("Microsoft.Authorization/roleAssignments")[] | .properties.roleDefinitionId
    | last_segment]
  as $roles
| $site.properties.functionAppConfig as $flex
| $auth.properties.identityProviders.azureActiveDirectory as $entra

| expect(.diagnostics == []; "the snapshot has diagnostics: \(.diagnostics)"),

  # Function app: Flex Consumption, .NET 10 isolated, its own identity, HTTPS and TLS 1.2, no FTP.
  expect($plan.sku == {tier: "FlexConsumption", name: "FC1"};
    "the plan is not Flex Consumption (FC1)"),
  expect($site.identity.type == "SystemAssigned"; "the app has no system-assigned identity"),
  expect($flex.runtime == {name: "dotnet-isolated", version: "10.0"};
    "the runtime is not dotnet-isolated 10.0"),
  expect($flex.deployment.storage.authentication.type == "SystemAssignedIdentity";
    "the deployment container is not reached with the identity"),
  expect($site.properties.httpsOnly == true; "httpsOnly is not set"),
  expect($site.properties.siteConfig.minTlsVersion == "1.2"; "minimum TLS is not 1.2"),
  expect($site.properties.siteConfig.ftpsState == "Disabled"; "FTP is not disabled"),
  expect($publishing == {ftp: false, scm: false};
    "basic publishing credentials are not off for both ftp and scm"),
  expect(($site.properties.siteConfig.cors.allowedOrigins // [])
      | length > 0 and all(. != "*");
    "CORS does not name the dashboard's origins"),

  # App settings: every key of the contract, identity-based storage, keys from Key Vault.
  (["Cyclades__BaseUrl", "Cyclades__ApiKey", "Imagin__BaseUrl", "Imagin__ApiKey",
    "Closure__BatchSize", "Closure__MaxParallelBatches", "Edition__LinkLifetime",
    "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential",
    "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
    "AzureWebJobsStorage__tableServiceUri", "APPLICATIONINSIGHTS_CONNECTION_STRING",
    "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"][]
   | . as $key | expect($settings | has($key); "app setting \($key) is missing")),
  (["Cyclades__ApiKey", "Imagin__ApiKey"][]
   | . as $key
   | expect(($settings[$key] // "") | test("@Microsoft.KeyVault\\(SecretUri=");
       "\($key) is not a Key Vault reference")),
  expect(($settings.AzureWebJobsStorage__credential // "") == "managedidentity";
    "storage is not reached with the managed identity"),
  # A plain AzureWebJobsStorage would be a connection string with a key; Flex refuses the others.
  (["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION",
    "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
    "WEBSITE_CONTENTSHARE"][]
   | . as $key | expect($settings | has($key) | not; "app setting \($key) must not be set")),
  (($settings.Closure__BatchSize // "0") | tonumber) as $batch
  | expect($batch >= 1 and $batch <= 1000;
      "Closure__BatchSize \($batch) is outside 1 to 1000 (Cyclades takes 1,000 lines a call)"),

  # Authentication: Entra ID, every request, 401 for an API (never a login redirect).
  expect($auth.name | endswith("/authsettingsV2"); "no authsettingsV2"),
  expect($auth.properties.platform.enabled == true; "App Service Authentication is off"),
  expect($auth.properties.globalValidation.requireAuthentication == true;
    "authentication is not required"),
  expect($auth.properties.globalValidation.unauthenticatedClientAction == "Return401";
    "unauthenticated requests are not answered 401"),
  expect($entra.enabled == true; "Entra ID is not enabled"),
  expect(($entra.registration.clientId // "") | test("^[0-9a-f-]{36}$");
    "no client id for Entra ID"),

  # Storage: identity only, TLS 1.2, private, with the app's containers.
  expect($storage.properties.allowSharedKeyAccess == false; "shared key access is allowed"),
  expect($storage.properties.allowBlobPublicAccess == false; "public blob access is allowed"),
  expect($storage.properties.minimumTlsVersion == "TLS1_2"; "storage minimum TLS is not 1.2"),
  expect($storage.properties.supportsHttpsTrafficOnly == true; "storage accepts HTTP"),
  (["scans", "documents", "work", "app-package"][]
   | . as $name | expect($containers | index($name); "container \($name) is missing")),

  # Key Vault and telemetry.
  expect($vault.properties.enableRbacAuthorization == true;
    "the vault does not use RBAC authorization"),
  expect($appInsights.properties.DisableLocalAuth == true;
    "Application Insights accepts unauthenticated ingestion"),

  # Roles of the identity: blob owner, table and queue contributor, blob delegator, secrets
  # user, metrics publisher.
  (["b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
    "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "db58b8e5-c6ad-4a2a-8342-4190687cbf4a",
    "4633458b-17de-408a-b874-0445c86b69e6", "3913510d-42f4-4e42-8a64-420c390055eb"][]
   | . as $role | expect($roles | index($role); "role \($role) is not assigned"))
