"""The broker dialect: POST /asset-erp/v1/get-auth and /revoke-auth (Kiwoom's token shape)."""

from fastapi import APIRouter, Request, Response

from asset_api.deps import AppSettings, Conn
from asset_api.envelope import NO_STORE
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG
from asset_api.models.auth import (
    GetAuthRequest,
    GetAuthResponse,
    RevokeAuthRequest,
    RevokeAuthResponse,
)
from asset_api.services.client_auth import authenticate_with_throttle, client_ip
from asset_api.services.tokens import issue_token, revoke_token, token_hash

router = APIRouter(prefix="/asset-erp/v1", tags=["auth"])


@router.post("/get-auth", operation_id="get-auth", response_model=GetAuthResponse)
async def get_auth(
    body: GetAuthRequest, conn: Conn, settings: AppSettings, request: Request, response: Response
) -> GetAuthResponse:
    key = await authenticate_with_throttle(
        conn, request, appkey=body.appkey, secretkey=body.secretkey
    )
    issued = await issue_token(
        conn,
        pepper=request.app.state.pepper,
        key_id=key.key_id,
        dialect="broker",
        lifetime=settings.token_lifetime,
        client_ip=client_ip(request),
    )
    response.headers.update(NO_STORE)
    return GetAuthResponse(
        return_code=SUCCESS_CODE,
        return_msg=SUCCESS_MSG,
        token=issued.token,
        token_type="Bearer",
        expires_dt=issued.expires_dt,
        expires_in=issued.expires_in(),
    )


@router.post("/revoke-auth", operation_id="revoke-auth", response_model=RevokeAuthResponse)
async def revoke_auth(body: RevokeAuthRequest, conn: Conn, request: Request) -> RevokeAuthResponse:
    key = await authenticate_with_throttle(
        conn, request, appkey=body.appkey, secretkey=body.secretkey
    )
    # 200 whether or not the token was live, as RFC 7009 does: nothing to learn by probing.
    pepper = request.app.state.pepper
    await revoke_token(conn, pepper=pepper, key_id=key.key_id, token=body.token)
    request.app.state.token_cache.forget(token_hash(pepper, body.token))
    return RevokeAuthResponse(return_code=SUCCESS_CODE, return_msg=SUCCESS_MSG)
