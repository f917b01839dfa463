# …
# Every path with a route answers its own preflight: the methods its routes serve that CORS allows, plus OPTIONS.
locals {
  cors_preflights = {
    "/items"      = { resource_id = aws_api_gateway_resource.items.id, allow_methods = "'GET,POST,OPTIONS'" }
    "/items/{id}" = { resource_id = aws_api_gateway_resource.items_id.id, allow_methods = "'GET,PUT,DELETE,OPTIONS'" }
    "/{proxy+}"   = { resource_id = aws_api_gateway_resource.proxy.id, allow_methods = "'GET,POST,PUT,DELETE,OPTIONS'" }
    "/health"     = { resource_id = aws_api_gateway_resource.health.id, allow_methods = "'GET,OPTIONS'" }
  }
}
# Browsers send preflights without credentials, tokens or API keys: OPTIONS must need neither an authorizer nor an API key.
resource "aws_api_gateway_method" "cors_options" {
  for_each         = local.cors_preflights
  rest_api_id      = aws_api_gateway_rest_api.api.id
  resource_id      = each.value.resource_id
  http_method      = "OPTIONS"
  authorization    = "NONE"
  api_key_required = false
}
# A MOCK integration answers the preflight without calling any backend.
resource "aws_api_gateway_integration" "cors_options" {
  for_each         = local.cors_preflights
  rest_api_id      = aws_api_gateway_rest_api.api.id
  resource_id      = each.value.resource_id
  http_method      = aws_api_gateway_method.cors_options[each.key].http_method
  type             = "MOCK"
  content_handling = "CONVERT_TO_TEXT"
  request_templates = {
    "application/json" = "{\"statusCode\": 200}"
  }
}

resource "aws_api_gateway_method_response" "cors_options" {
  for_each    = local.cors_preflights
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = each.value.resource_id
  http_method = aws_api_gateway_method.cors_options[each.key].http_method
  status_code = "200"
  response_parameters = {
    "method.response.header.Access-Control-Allow-Origin"      = true
    "method.response.header.Access-Control-Allow-Methods"     = true
    "method.response.header.Access-Control-Allow-Headers"     = true
    "method.response.header.Access-Control-Allow-Credentials" = true
    "method.response.header.Access-Control-Max-Age"           = true
    "method.response.header.Vary"                             = true
  }
  response_models = {
    "application/json" = "Empty"
  }
}

# Several origins: this template sets Access-Control-Allow-Origin to the request's Origin header only when it is exactly one of them; any other origin's preflight gets no Access-Control-Allow-Origin, and the browser blocks it.
resource "aws_api_gateway_integration_response" "cors_options" {
  for_each    = local.cors_preflights
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = each.value.resource_id
  http_method = aws_api_gateway_method.cors_options[each.key].http_method
  status_code = aws_api_gateway_method_response.cors_options[each.key].status_code
  response_parameters = {
    "method.response.header.Access-Control-Allow-Methods"     = each.value.allow_methods
    "method.response.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization'"
    "method.response.header.Access-Control-Allow-Credentials" = "'true'"
    "method.response.header.Access-Control-Max-Age"           = "'600'"
    "method.response.header.Vary"                             = "'Origin'"
  }
  response_templates = {
    "application/json" = "## CORS: echo the request's Origin only when it is exactly an allowed origin.\n#set($allowedOrigins = ['https://app.example.com', 'https://admin.example.com', 'http://localhost:3000'])##\n#set($origin = '')##\n#set($headers = $input.params().header)##\n#foreach($name in $headers.keySet())##\n#if($name.toLowerCase() == 'origin')#set($origin = $headers.get($name))#end##\n#end##\n#if($allowedOrigins.contains($origin))##\n#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)##\n#end##\n"
  }
  depends_on = [aws_api_gateway_integration.cors_options]
}
# Errors API Gateway sends itself (authorizer denial, missing API key, unknown path, throttling, timeouts) need CORS headers too, or the browser hides them behind a CORS error. Gateway responses take only static values, so they name one origin, https://app.example.com: the other origins' pages see these errors as CORS errors.
resource "aws_api_gateway_gateway_response" "default_4xx" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  response_type = "DEFAULT_4XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin"      = "'https://app.example.com'"
    "gatewayresponse.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization'"
    "gatewayresponse.header.Access-Control-Allow-Credentials" = "'true'"
  }
}
resource "aws_api_gateway_gateway_response" "default_5xx" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  response_type = "DEFAULT_5XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin"      = "'https://app.example.com'"
    "gatewayresponse.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization'"
    "gatewayresponse.header.Access-Control-Allow-Credentials" = "'true'"
  }
}
# …
