"""The broker dialect: POST /asset-erp/v1/get-auth and /revoke-auth (Kiwoom's token shape), and
/get-approval, the realtime websocket's approval key (KIS's /oauth2/Approval).

get-auth, the hot one, takes its connection itself (http/deps.py: `connection`) and answers
a JSONResponse, rather than declaring `Conn`, the settings and a `Response` to FastAPI and
returning the model for it to validate again; its parameters are the body and the request
only, so http/hot_routes.py dispatches it ahead of FastAPI's router (HOT_ROUTES).
"""

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from asset_api.auth.approvals import issue_approval_key
from asset_api.auth.deps import authenticate_client
from asset_api.auth.tokens import issue_token, revoke_token
from asset_api.http.client_address import client_ip
from asset_api.http.deps import AppSettings, Conn, connection
from asset_api.http.envelope import NO_STORE, ok
from asset_api.models.auth import (
    GetApprovalRequest,
    GetApprovalResponse,
    GetAuthRequest,
    GetAuthResponse,
    RevokeAuthRequest,
    RevokeAuthResponse,
)

router = APIRouter(prefix="/asset-erp/v1", tags=["auth"])


@router.post("/get-auth", operation_id="get-auth", response_model=GetAuthResponse)
async def get_auth(body: GetAuthRequest, request: Request) -> JSONResponse:
    app_state = request.app.state
    async with connection(request) as conn:
        key = await authenticate_client(conn, request, appkey=body.appkey, secretkey=body.secretkey)
        issued = await issue_token(
            conn,
            pepper=app_state.pepper,
            key_id=key.key_id,
            dialect="broker",
            lifetime=app_state.settings.token_lifetime,
            client_ip=client_ip(request),
        )
    fields = {
        **ok(),
        "token": issued.token,
        "token_type": "Bearer",
        "expires_dt": issued.expires_dt,
        "expires_in": issued.expires_in(),
    }
    return JSONResponse(fields, headers=NO_STORE)


@router.post("/revoke-auth", operation_id="revoke-auth", response_model=RevokeAuthResponse)
async def revoke_auth(body: RevokeAuthRequest, conn: Conn, request: Request) -> RevokeAuthResponse:
    key = await authenticate_client(conn, request, appkey=body.appkey, secretkey=body.secretkey)
    # 200 whether or not the token was live, as RFC 7009 does: nothing to learn by probing.
    await revoke_token(
        conn,
        pepper=request.app.state.pepper,
        key_id=key.key_id,
        token=body.token,
        cache=request.app.state.token_cache,
    )
    return RevokeAuthResponse(**ok())


@router.post("/get-approval", operation_id="get-approval", response_model=GetApprovalResponse)
async def get_approval(
    body: GetApprovalRequest,
    conn: Conn,
    settings: AppSettings,
    request: Request,
    response: Response,
) -> GetApprovalResponse:
    key = await authenticate_client(conn, request, appkey=body.appkey, secretkey=body.secretkey)
    issued = await issue_approval_key(
        conn,
        pepper=request.app.state.pepper,
        key_id=key.key_id,
        lifetime=settings.approval_key_lifetime,
        client_ip=client_ip(request),
    )
    response.headers.update(NO_STORE)
    return GetApprovalResponse(
        **ok(),
        approval_key=issued.token,
        expires_dt=issued.expires_dt,
        expires_in=issued.expires_in(),
    )


HOT_ROUTES = [route for route in router.routes if route.endpoint is get_auth]
