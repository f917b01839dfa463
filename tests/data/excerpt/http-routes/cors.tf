# …
resource "aws_apigatewayv2_api" "api" {
  # …
  # API Gateway answers preflights itself and adds these headers to every response; it ignores CORS headers the integration returns.
  cors_configuration {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["GET", "POST", "PUT", "DELETE"]
    allow_headers = ["Content-Type", "Authorization"]
    max_age       = 600
  }
}
# …
