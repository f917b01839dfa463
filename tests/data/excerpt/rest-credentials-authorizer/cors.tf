# …
# Every path with a route answers its own preflight: the methods its routes serve that CORS allows, plus OPTIONS.
locals {
  cors_preflights = {
    "/"         = { resource_id = aws_api_gateway_rest_api.api.root_resource_id, allow_methods = "'GET,PUT,DELETE,OPTIONS'" }
    "/{proxy+}" = { resource_id = aws_api_gateway_resource.proxy.id, allow_methods = "'GET,PUT,DELETE,OPTIONS'" }
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
  }
  response_models = {
    "application/json" = "Empty"
  }
}
# The static CORS headers of the preflight answer.
resource "aws_api_gateway_integration_response" "cors_options" {
  for_each    = local.cors_preflights
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = each.value.resource_id
  http_method = aws_api_gateway_method.cors_options[each.key].http_method
  status_code = aws_api_gateway_method_response.cors_options[each.key].status_code
  response_parameters = {
    "method.response.header.Access-Control-Allow-Origin"      = "'https://app.example.com'"
    "method.response.header.Access-Control-Allow-Methods"     = each.value.allow_methods
    "method.response.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization,X-Api-Key'"
    "method.response.header.Access-Control-Allow-Credentials" = "'true'"
    "method.response.header.Access-Control-Max-Age"           = "'600'"
  }
  response_templates = {
    "application/json" = ""
  }
  depends_on = [aws_api_gateway_integration.cors_options]
}
# Errors API Gateway sends itself (authorizer denial, missing API key, unknown path, throttling, timeouts) need CORS headers too, or the browser hides them behind a CORS error.
resource "aws_api_gateway_gateway_response" "default_4xx" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  response_type = "DEFAULT_4XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin"      = "'https://app.example.com'"
    "gatewayresponse.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization,X-Api-Key'"
    "gatewayresponse.header.Access-Control-Allow-Credentials" = "'true'"
    "gatewayresponse.header.Access-Control-Expose-Headers"    = "'X-Request-Id,ETag'"
  }
}
resource "aws_api_gateway_gateway_response" "default_5xx" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  response_type = "DEFAULT_5XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin"      = "'https://app.example.com'"
    "gatewayresponse.header.Access-Control-Allow-Headers"     = "'Content-Type,Authorization,X-Api-Key'"
    "gatewayresponse.header.Access-Control-Allow-Credentials" = "'true'"
    "gatewayresponse.header.Access-Control-Expose-Headers"    = "'X-Request-Id,ETag'"
  }
}
# …
