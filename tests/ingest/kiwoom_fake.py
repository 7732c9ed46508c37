"""A Kiwoom REST API stand-in on respx, answering in the recorded shapes of the official examples
(Kiwoom-Securities/Kiwoom-REST-API): zero-padded, signed number strings, "A"-prefixed codes,
continuation by the `cont-yn` / `next-key` headers, the TR code in `api-id`."""

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
import respx

from asset_api.client import KST

KIWOOM = "https://api.kiwoom.com"
OK = {"return_code": 0, "return_msg": "정상적으로 처리되었습니다"}
KT00018_NEXT_KEY = "20261120A000660"  # opaque to us; echoed back for page 2


def kt00018_page_1() -> dict:
    return {
        "tot_pur_amt": "000000002450000",
        "tot_evlt_amt": "000000002382700",
        "tot_evlt_pl": "-00000000067300",
        "tot_prft_rt": "-2.75",
        "prsm_dpst_aset_amt": "000000003617267",
        "tot_loan_amt": "000000000000000",
        "tot_crd_loan_amt": "000000000000000",
        "tot_crd_ls_amt": "000000000000000",
        "acnt_evlt_remn_indv_tot": [
            {
                "stk_cd": "A005930",
                "stk_nm": "삼성전자",
                "evltv_prft": "-00000000044000",
                "prft_rt": "-3.14",
                "pur_pric": "000000000070000",
                "pred_close_pric": "000000067800",
                "rmnd_qty": "000000000000020",
                "trde_able_qty": "000000000000020",
                "cur_prc": "-000000067800",
                "pur_amt": "000000001400000",
                "pur_cmsn": "000000000000210",
                "evlt_amt": "000000001356000",
                "sell_cmsn": "000000000000200",
                "tax": "000000000002440",
                "sum_cmsn": "000000000000410",
                "poss_rt": "56.91",
                "crd_tp": "00",
                "crd_tp_nm": "",
                "crd_loan_dt": "",
            },
            {
                "stk_cd": "A247540",
                "stk_nm": "에코프로비엠",
                "evltv_prft": "+00000000002700",
                "prft_rt": "+2.70",
                "pur_pric": "000000000100000",
                "rmnd_qty": "000000000000001",
                "cur_prc": "+000000102700",
                "pur_amt": "000000000100000",
                "evlt_amt": "000000000102700",
                "poss_rt": "4.31",
            },
        ],
        **OK,
    }


def kt00018_page_2() -> dict:
    return {
        "tot_pur_amt": "000000002450000",
        "tot_evlt_amt": "000000002382700",
        "tot_evlt_pl": "-00000000067300",
        "tot_prft_rt": "-2.75",
        "prsm_dpst_aset_amt": "000000003617267",
        "acnt_evlt_remn_indv_tot": [
            {
                "stk_cd": "A000660",
                "stk_nm": "SK하이닉스",
                "pur_pric": "000000000190000",
                "rmnd_qty": "000000000000005",
                "cur_prc": "-000000184800",
                "pur_amt": "000000000950000",
                "evlt_amt": "000000000924000",
            },
            {  # sold out this morning: still listed, with nothing left
                "stk_cd": "A035720",
                "stk_nm": "카카오",
                "pur_pric": "000000000050000",
                "rmnd_qty": "000000000000000",
                "cur_prc": "+000000041000",
                "pur_amt": "000000000000000",
            },
        ],
        **OK,
    }


KT00001 = {"entr": "000000001234567", "ord_alow_amt": "000000001234567", **OK}

# ka10001 주식기본정보요청: flo_stk (상장주식) in thousands of shares.
KA10001 = {
    "005930": {"stk_cd": "005930", "stk_nm": "삼성전자", "flo_stk": "5969783", "cur_prc": "-67800"},
    "000660": {
        "stk_cd": "000660",
        "stk_nm": "SK하이닉스",
        "flo_stk": "728002",
        "cur_prc": "-184800",
    },
    "247540": {
        "stk_cd": "247540",
        "stk_nm": "에코프로비엠",
        "flo_stk": "97801",
        "cur_prc": "+102700",
    },
}
# ka10100 종목정보 조회: listCount exact and zero-padded; SK하이닉스's left empty, so its count
# falls back to ka10001's thousands.
KA10100 = {
    "005930": {
        "code": "005930",
        "name": "삼성전자",
        "listCount": "0000005969782550",
        "marketCode": "0",
        "marketName": "거래소",
        "upName": "전기전자",
        "lastPrice": "00068500",
    },
    "000660": {
        "code": "000660",
        "name": "SK하이닉스",
        "listCount": "",
        "marketCode": "0",
        "marketName": "거래소",
        "upName": "전기전자",
    },
    "247540": {
        "code": "247540",
        "name": "에코프로비엠",
        "listCount": "0000000097801344",
        "marketCode": "10",
        "marketName": "코스닥",
        "upName": "",
    },
}

# What the tables must hold after a sync of the answers above.
EXPECTED_HOLDINGS = [("000660", 5, 950_000), ("005930", 20, 1_400_000), ("247540", 1, 100_000)]
EXPECTED_DEPOSIT = 1_234_567
EXPECTED_INSTRUMENTS = [
    ("000660", "KR7000660001", "SK하이닉스", "KOSPI", "전기전자", 728_002_000),
    ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기전자", 5_969_782_550),
    ("247540", "KR7247540008", "에코프로비엠", "KOSDAQ", "", 97_801_344),
]


def answer(body: dict, *, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@dataclass
class FakeKiwoom:
    """Routes on a respx router. `fail(api_id, key)` replaces one answer by an error, where key
    is the stk_cd for stock TRs, the next-key for kt00018's pages ("" for page 1), else ""."""

    router: respx.Router
    answers: dict[tuple[str, str], httpx.Response] = field(default_factory=dict)
    tokens_issued: int = 0

    def __post_init__(self):
        self.token_route = self.router.post(f"{KIWOOM}/oauth2/token").mock(side_effect=self._token)
        self.revoke_route = self.router.post(f"{KIWOOM}/oauth2/revoke").respond(200, json=OK)
        self.account_route = self.router.post(f"{KIWOOM}/api/dostk/acnt").mock(side_effect=self._tr)
        self.stock_route = self.router.post(f"{KIWOOM}/api/dostk/stkinfo").mock(
            side_effect=self._tr
        )

    def fail(self, api_id: str, key: str, response: httpx.Response) -> None:
        self.answers[(api_id, key)] = response

    def tr_calls(self) -> list[tuple[str, dict, str | None]]:
        """(api-id, body, next-key header) of every TR call, in order."""
        return [
            (
                c.request.headers["api-id"],
                json.loads(c.request.content),
                c.request.headers.get("next-key"),
            )
            for c in self.router.calls
            if "api-id" in c.request.headers
        ]

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.tokens_issued += 1
        expires = (datetime.now(KST) + timedelta(hours=24)).strftime("%Y%m%d%H%M%S")
        token = f"kiwoom-token-{self.tokens_issued}"
        return answer({**OK, "token": token, "token_type": "bearer", "expires_dt": expires})

    def _tr(self, request: httpx.Request) -> httpx.Response:
        api_id = request.headers["api-id"]
        body = json.loads(request.content)
        key = body.get("stk_cd") or request.headers.get("next-key") or ""
        if (api_id, key) in self.answers:
            return self.answers[(api_id, key)]
        if api_id == "kt00018":
            if key == KT00018_NEXT_KEY:
                return answer(
                    kt00018_page_2(), **{"cont-yn": "N", "next-key": "", "api-id": api_id}
                )
            return answer(
                kt00018_page_1(), **{"cont-yn": "Y", "next-key": KT00018_NEXT_KEY, "api-id": api_id}
            )
        if api_id == "kt00001":
            return answer(KT00001)
        if api_id == "ka10001":
            return answer({**KA10001[key], **OK})
        if api_id == "ka10100":
            return answer({**KA10100[key], **OK})
        return answer({"return_code": 1504, "return_msg": f"해당 TR이 없습니다[1504:{api_id}]"})
