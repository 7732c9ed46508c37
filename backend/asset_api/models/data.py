# GENERATED from api-spec/data/ by 'make gen' — do not edit
"""Models of the 자산 데이터 endpoints (api-spec/data/)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class AccountsAccountsItem(BaseModel):
    """계좌목록 (accounts)의 한 행."""

    account_no: str = Field(description="계좌번호")
    account_name: str = Field(description="계좌명")
    broker: str = Field(description="증권사")
    currency: str = Field(description="통화")
    opened_date: str = Field(pattern="^[0-9]{8}$", description="개설일자")
    status: Literal["active", "closed"] = Field(description="계좌상태")


class AccountsResponse(BaseModel):
    """계좌목록조회 응답 본문 (GET /asset-erp/v1/accounts)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    accounts: list[AccountsAccountsItem] = Field(description="계좌목록")


class BalanceHoldingsItem(BaseModel):
    """보유종목 (holdings)의 한 행."""

    code: str = Field(description="종목코드")
    name: str = Field(description="종목명")
    quantity: int = Field(description="보유수량")
    avg_purchase_price: int = Field(description="매입평균가격")
    purchase_amount: int = Field(description="매입금액")
    current_price: int = Field(description="현재가")
    evaluation_amount: int = Field(description="평가금액")
    profit_loss: int = Field(description="평가손익")
    profit_loss_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="수익률")
    weight: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="비중")


class BalanceResponse(BaseModel):
    """잔고조회 응답 본문 (GET /asset-erp/v1/accounts/{account_no}/balance)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    price_date: str = Field(pattern="^[0-9]{8}$", description="평가기준일자")
    deposit: int = Field(description="예수금")
    total_purchase_amount: int = Field(description="총매입금액")
    total_evaluation_amount: int = Field(description="총평가금액")
    total_profit_loss: int = Field(description="총평가손익")
    total_profit_loss_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="총수익률")
    estimated_assets: int = Field(description="추정자산")
    holdings: list[BalanceHoldingsItem] = Field(description="보유종목")


class TransactionsQuery(BaseModel):
    """거래내역조회 쿼리 파라미터 (GET /asset-erp/v1/accounts/{account_no}/transactions)."""

    model_config = ConfigDict(extra="forbid")

    start_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회시작일자")
    end_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회종료일자")
    limit: int = Field(default=100, ge=1, le=500, description="조회건수")
    kind: Literal["buy", "sell", "deposit", "withdrawal", "dividend", "fee"] = Field(
        default=None, description="거래구분"
    )


class TransactionsTransactionsItem(BaseModel):
    """거래내역 (transactions)의 한 행."""

    transaction_id: str = Field(description="거래번호")
    trade_date: str = Field(pattern="^[0-9]{8}$", description="거래일자")
    trade_time: str = Field(pattern="^[0-9]{6}$", description="거래시각")
    kind: Literal["buy", "sell", "deposit", "withdrawal", "dividend", "fee"] = Field(
        description="거래구분"
    )
    code: str | None = Field(default=None, description="종목코드")
    name: str | None = Field(default=None, description="종목명")
    quantity: int = Field(description="수량")
    price: int = Field(description="단가")
    amount: int = Field(description="거래금액")
    fee: int = Field(description="수수료")
    tax: int = Field(description="세금")
    settlement_amount: int = Field(description="정산금액")


class TransactionsResponse(BaseModel):
    """거래내역조회 응답 본문 (GET /asset-erp/v1/accounts/{account_no}/transactions)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    transactions: list[TransactionsTransactionsItem] = Field(description="거래내역")


class RealizedPnlQuery(BaseModel):
    """기간별매매손익조회 쿼리 파라미터 (GET /asset-erp/v1/accounts/{account_no}/realized-pnl)."""

    model_config = ConfigDict(extra="forbid")

    start_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회시작일자")
    end_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회종료일자")
    code: str = Field(default=None, max_length=6, pattern="^[0-9A-Z]{6}$", description="종목코드")
    limit: int = Field(default=100, ge=1, le=500, description="조회건수")


class RealizedPnlResponseSummary(BaseModel):
    """기간합계 (summary)."""

    total_sell_amount: int = Field(description="총매도금액")
    total_purchase_cost: int = Field(description="총매입원가")
    total_fee: int = Field(description="총수수료")
    total_tax: int = Field(description="총제세금")
    total_realized_pnl: int = Field(description="총실현손익")
    deposits: int = Field(description="입금합계")
    withdrawals: int = Field(description="출금합계")
    dividends: int = Field(description="배당금합계")
    history_complete: bool = Field(description="거래내역완전여부")


class RealizedPnlSellsItem(BaseModel):
    """매도별실현손익 (sells)의 한 행."""

    transaction_id: str = Field(description="거래번호")
    trade_date: str = Field(pattern="^[0-9]{8}$", description="거래일자")
    trade_time: str = Field(pattern="^[0-9]{6}$", description="거래시각")
    code: str = Field(description="종목코드")
    name: str = Field(description="종목명")
    quantity: int = Field(description="매도수량")
    sell_price: int = Field(description="매도단가")
    sell_amount: int = Field(description="매도금액")
    avg_purchase_price: int = Field(description="매입평균가격")
    purchase_cost: int = Field(description="매입원가")
    fee: int = Field(description="수수료")
    tax: int = Field(description="제세금")
    realized_pnl: int = Field(description="실현손익")
    realized_pnl_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="수익률")


class RealizedPnlResponse(BaseModel):
    """기간별매매손익조회 응답 본문 (GET /asset-erp/v1/accounts/{account_no}/realized-pnl)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    summary: RealizedPnlResponseSummary = Field(description="기간합계")
    sells: list[RealizedPnlSellsItem] = Field(description="매도별실현손익")


class DailyValuationsQuery(BaseModel):
    """일별평가조회 쿼리 파라미터 (GET /asset-erp/v1/accounts/{account_no}/daily-valuations)."""

    model_config = ConfigDict(extra="forbid")

    start_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회시작일자")
    end_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회종료일자")
    limit: int = Field(default=100, ge=1, le=500, description="조회건수")


class DailyValuationsResponseSummary(BaseModel):
    """기간합계 (summary)."""

    total_net_inflow: int = Field(description="순입금합계")
    total_pnl: int = Field(description="손익합계")
    history_complete: bool = Field(description="거래내역완전여부")


class DailyValuationsValuationsItem(BaseModel):
    """일별평가 (valuations)의 한 행."""

    date: str = Field(pattern="^[0-9]{8}$", description="일자")
    cash: int = Field(description="예수금")
    purchase_amount: int = Field(description="매입금액")
    evaluation_amount: int = Field(description="평가금액")
    total_assets: int = Field(description="총자산")
    net_inflow: int = Field(description="순입금액")
    daily_pnl: int = Field(description="일간손익")
    daily_return_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="일간수익률")


class DailyValuationsResponse(BaseModel):
    """일별평가조회 응답 본문 (GET /asset-erp/v1/accounts/{account_no}/daily-valuations)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    summary: DailyValuationsResponseSummary = Field(description="기간합계")
    valuations: list[DailyValuationsValuationsItem] = Field(description="일별평가")


class InstrumentResponse(BaseModel):
    """종목정보조회 응답 본문 (GET /asset-erp/v1/instruments/{code})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    code: str = Field(description="종목코드")
    isin: str = Field(description="표준코드")
    name: str = Field(description="종목명")
    market: Literal["KOSPI", "KOSDAQ"] = Field(description="시장구분")
    sector: str = Field(description="업종")
    listed_shares: int = Field(description="상장주식수")
    currency: str = Field(description="통화")
    price_date: str = Field(pattern="^[0-9]{8}$", description="시세일자")
    last_price: int = Field(description="종가")
    change: int = Field(description="전일대비")
    change_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="등락률")
    volume: int = Field(description="거래량")
    trading_value: int = Field(description="거래대금")
    market_cap: int = Field(description="시가총액")


class DailyPricesQuery(BaseModel):
    """일별시세조회 쿼리 파라미터 (GET /asset-erp/v1/instruments/{code}/daily-prices)."""

    model_config = ConfigDict(extra="forbid")

    start_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회시작일자")
    end_date: str = Field(max_length=8, pattern="^[0-9]{8}$", description="조회종료일자")
    limit: int = Field(default=100, ge=1, le=500, description="조회건수")


class DailyPricesPricesItem(BaseModel):
    """일별시세 (prices)의 한 행."""

    date: str = Field(pattern="^[0-9]{8}$", description="일자")
    open: int = Field(description="시가")
    high: int = Field(description="고가")
    low: int = Field(description="저가")
    close: int = Field(description="종가")
    volume: int = Field(description="거래량")
    trading_value: int = Field(description="거래대금")
    change: int = Field(description="전일대비")
    change_rate: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="등락률")


class DailyPricesResponse(BaseModel):
    """일별시세조회 응답 본문 (GET /asset-erp/v1/instruments/{code}/daily-prices)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    prices: list[DailyPricesPricesItem] = Field(description="일별시세")
