// GENERATED from frontend/templates/*.hbs by 'python frontend/tools/build_templates.py'
// — do not edit. Compiled by Handlebars 4.7.10; run by the vendored runtime.
(function () {
  'use strict';
  const App = (window.App = window.App || {});
  const template = window.Handlebars.template;
  const templates = (App.templates = {});
  templates["_account-password"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "받은 임시 비밀번호";
},"1":function(container,depth0,helpers,partials,data) {
    return "현재 비밀번호";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"card js-password-card\">\n  <div class=\"card-header\"><h2 class=\"h6 mb-0\">비밀번호 변경</h2></div>\n  <div class=\"card-body\">\n    <form class=\"js-password-form\">\n      <div class=\"js-error\"></div>\n      <input type=\"text\" name=\"username\" autocomplete=\"username\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"username") : stack1), depth0))
    + "\" hidden>\n      <div class=\"mb-3\">\n        <label class=\"form-label\" for=\"password-current\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"setup") : depth0),"password",{"name":"includes","hash":{},"data":data,"loc":{"start":{"line":8,"column":63},"end":{"line":8,"column":90}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":8,"column":57},"end":{"line":8,"column":124}}})) != null ? stack1 : "")
    + "</label>\n        <input class=\"form-control\" type=\"password\" id=\"password-current\" name=\"current_password\" autocomplete=\"current-password\" required>\n      </div>\n      <div class=\"row g-3 mb-3\">\n        <div class=\"col-12 col-md-6\">\n          <label class=\"form-label\" for=\"password-new\">새 비밀번호</label>\n          <input class=\"form-control\" type=\"password\" id=\"password-new\" name=\"new_password\" autocomplete=\"new-password\" required minlength=\"10\" maxlength=\"200\" aria-describedby=\"password-new-help\">\n          <div class=\"form-text\" id=\"password-new-help\">10자 이상. 다른 곳에서 쓰지 않는 긴 문장을 권합니다.</div>\n        </div>\n        <div class=\"col-12 col-md-6\">\n          <label class=\"form-label\" for=\"password-repeat\">새 비밀번호 확인</label>\n          <input class=\"form-control\" type=\"password\" id=\"password-repeat\" name=\"repeat_password\" autocomplete=\"new-password\" required minlength=\"10\" maxlength=\"200\">\n        </div>\n      </div>\n      <p class=\"small text-body-secondary\">바꾸면 이 세션을 뺀 다른 세션은 모두 끝납니다.</p>\n      <button type=\"submit\" class=\"btn btn-primary\">\n        <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n        비밀번호 변경\n      </button>\n    </form>\n  </div>\n</div>\n";
},"useData":true});
  templates["_env"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"badge "
    + container.escapeExpression((lookupProperty(helpers,"envClass")||(depth0 && lookupProperty(depth0,"envClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"env") : depth0),{"name":"envClass","hash":{},"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":35}}}))
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"envLabel")||(depth0 && lookupProperty(depth0,"envLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"env") : depth0),{"name":"envLabel","hash":{},"data":data,"loc":{"start":{"line":1,"column":37},"end":{"line":1,"column":53}}}))
    + "</span>\n";
},"useData":true});
  templates["_error"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"small mt-1 d-flex flex-wrap column-gap-3\">\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"returnCode") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":100}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"requestId") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":8,"column":13}}})) != null ? stack1 : "")
    + "    </div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>오류 코드 <code class=\"js-return-code\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"returnCode") || (depth0 != null ? lookupProperty(depth0,"returnCode") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"returnCode","hash":{},"data":data,"loc":{"start":{"line":5,"column":65},"end":{"line":5,"column":79}}}) : helper)))
    + "</code></span>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <span>요청 ID <a class=\"font-monospace text-break js-request-id\" href=\""
    + container.escapeExpression((lookupProperty(helpers,"requestHref")||(depth0 && lookupProperty(depth0,"requestHref"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"requestId") : depth0),{"name":"requestHref","hash":{},"data":data,"loc":{"start":{"line":7,"column":77},"end":{"line":7,"column":102}}}))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"requestId") || (depth0 != null ? lookupProperty(depth0,"requestId") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"requestId","hash":{},"data":data,"loc":{"start":{"line":7,"column":104},"end":{"line":7,"column":117}}}) : helper)))
    + "</a></span>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"alert alert-danger alert-dismissible fade show js-api-error\" role=\"alert\">\n  <div class=\"fw-semibold js-error-message\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"message","hash":{},"data":data,"loc":{"start":{"line":2,"column":44},"end":{"line":2,"column":55}}}) : helper)))
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"or")||(depth0 && lookupProperty(depth0,"or"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"returnCode") : depth0),(depth0 != null ? lookupProperty(depth0,"requestId") : depth0),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":33}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "  <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"alert\" aria-label=\"닫기\"></button>\n</div>\n";
},"useData":true});
  templates["_loading"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "<div class=\"d-flex align-items-center gap-2 text-body-secondary py-4 js-loading\">\n  <span class=\"spinner-border spinner-border-sm\" aria-hidden=\"true\"></span>\n  <span>불러오는 중…</span>\n</div>\n";
},"useData":true});
  templates["_mfa-enrol"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ol class=\"enrol-steps js-mfa-enrol\">\n  <li>\n    <div class=\"fw-semibold\">OTP 앱으로 QR 코드를 찍으십시오.</div>\n    <div class=\"small text-body-secondary mb-2\">Google Authenticator, Microsoft Authenticator 등 TOTP 앱이면 됩니다.</div>\n    <img class=\"qr-code js-mfa-qr\" src=\""
    + container.escapeExpression((lookupProperty(helpers,"svgDataUrl")||(depth0 && lookupProperty(depth0,"svgDataUrl"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"qr_svg") : depth0),{"name":"svgDataUrl","hash":{},"data":data,"loc":{"start":{"line":5,"column":40},"end":{"line":5,"column":61}}}))
    + "\" alt=\"OTP 앱 등록 QR 코드\" width=\"220\" height=\"220\">\n  </li>\n  <li>\n    <div class=\"fw-semibold\">QR 코드를 찍을 수 없으면 이 비밀키를 앱에 직접 입력하십시오.</div>\n    <div class=\"input-group mt-2 mb-1 secret-group\">\n      <input class=\"form-control font-monospace js-mfa-secret\" id=\"mfa-secret\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"secret") || (depth0 != null ? lookupProperty(depth0,"secret") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"secret","hash":{},"data":data,"loc":{"start":{"line":10,"column":86},"end":{"line":10,"column":96}}}) : helper)))
    + "\" readonly aria-label=\"OTP 비밀키\">\n      <button type=\"button\" class=\"btn btn-outline-secondary js-copy-secret\">복사</button>\n    </div>\n    <div class=\"small text-body-secondary\">계정: Asset-API · 방식: 시간 기반(TOTP), 30초, 6자리. 이 비밀키는 다시 표시되지 않습니다.</div>\n  </li>\n  <li>\n    <form class=\"js-mfa-confirm-form\">\n      <div class=\"js-error\"></div>\n      <label class=\"form-label fw-semibold\" for=\"mfa-code\">앱에 표시된 6자리 코드를 입력하십시오.</label>\n      <div class=\"d-flex flex-wrap gap-2\">\n        <input class=\"form-control font-monospace code-input\" id=\"mfa-code\" name=\"code\" inputmode=\"numeric\"\n               autocomplete=\"one-time-code\" pattern=\"[0-9]{6}\" maxlength=\"6\" required>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          등록 완료\n        </button>\n      </div>\n    </form>\n  </li>\n</ol>\n";
},"useData":true});
  templates["_notice"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"alert alert-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"kind") || (depth0 != null ? lookupProperty(depth0,"kind") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":1,"column":24},"end":{"line":1,"column":32}}}) : helper)))
    + " alert-dismissible fade show js-notice\" role=\"status\">\n  "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"message","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":13}}}) : helper)))
    + "\n  <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"alert\" aria-label=\"닫기\"></button>\n</div>\n";
},"useData":true});
  templates["_pager"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <nav aria-label=\"페이지\">\n      <ul class=\"pagination pagination-sm flex-wrap mb-0\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"prev") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":10,"column":15}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"pages") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":8},"end":{"line":19,"column":17}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"next") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":20,"column":8},"end":{"line":24,"column":15}}})) != null ? stack1 : "")
    + "      </ul>\n    </nav>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <li class=\"page-item\"><a class=\"page-link\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"prevHref") || (depth0 != null ? lookupProperty(depth0,"prevHref") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"prevHref","hash":{},"data":data,"loc":{"start":{"line":7,"column":59},"end":{"line":7,"column":71}}}) : helper)))
    + "\" aria-label=\"이전 페이지\">‹</a></li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "          <li class=\"page-item disabled\"><span class=\"page-link\" aria-hidden=\"true\">‹</span></li>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"gap") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":12,"column":10},"end":{"line":18,"column":17}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "            <li class=\"page-item disabled\"><span class=\"page-link\">…</span></li>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"active") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":14,"column":10},"end":{"line":18,"column":10}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <li class=\"page-item active\" aria-current=\"page\"><span class=\"page-link\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"n") || (depth0 != null ? lookupProperty(depth0,"n") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"n","hash":{},"data":data,"loc":{"start":{"line":15,"column":85},"end":{"line":15,"column":90}}}) : helper)))
    + "</span></li>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <li class=\"page-item\"><a class=\"page-link\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"href","hash":{},"data":data,"loc":{"start":{"line":17,"column":61},"end":{"line":17,"column":69}}}) : helper)))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"n") || (depth0 != null ? lookupProperty(depth0,"n") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"n","hash":{},"data":data,"loc":{"start":{"line":17,"column":71},"end":{"line":17,"column":76}}}) : helper)))
    + "</a></li>\n          ";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <li class=\"page-item\"><a class=\"page-link\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"nextHref") || (depth0 != null ? lookupProperty(depth0,"nextHref") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"nextHref","hash":{},"data":data,"loc":{"start":{"line":21,"column":59},"end":{"line":21,"column":71}}}) : helper)))
    + "\" aria-label=\"다음 페이지\">›</a></li>\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "          <li class=\"page-item disabled\"><span class=\"page-link\" aria-hidden=\"true\">›</span></li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mt-2\">\n  <div class=\"small text-body-secondary js-pager-summary\">전체 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"total") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":61},"end":{"line":2,"column":77}}}))
    + "건 중 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"from") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":81},"end":{"line":2,"column":96}}}))
    + "–"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":2,"column":97},"end":{"line":2,"column":110}}}))
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"show") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":27,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"useData":true});
  templates["_scope-choices"] = template({"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"form-check form-check-inline\">\n      <input class=\"form-check-input\" type=\"checkbox\" name=\"scopes\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":5,"column":75},"end":{"line":5,"column":84}}}) : helper)))
    + "\" id=\""
    + container.escapeExpression(container.lambda((depths[1] != null ? lookupProperty(depths[1],"idPrefix") : depths[1]), depth0))
    + "-scope-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":5,"column":112},"end":{"line":5,"column":121}}}) : helper)))
    + "\" data-list "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"checked") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":133},"end":{"line":5,"column":162}}})) != null ? stack1 : "")
    + ">\n      <label class=\"form-check-label\" for=\""
    + container.escapeExpression(container.lambda((depths[1] != null ? lookupProperty(depths[1],"idPrefix") : depths[1]), depth0))
    + "-scope-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":6,"column":65},"end":{"line":6,"column":74}}}) : helper)))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":76},"end":{"line":6,"column":85}}}) : helper)))
    + " <span class=\"text-body-secondary small\">("
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":6,"column":127},"end":{"line":6,"column":136}}}) : helper)))
    + ")</span></label>\n    </div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "checked";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<fieldset class=\"mb-3\">\n  <legend class=\"form-label fs-6 mb-1\">API 권한</legend>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"scopeChoices") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "</fieldset>\n";
},"useData":true,"useDepths":true});
  templates["_scopes"] = template({"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"badge text-bg-light border me-1\">"
    + container.escapeExpression((lookupProperty(helpers,"scopeLabel")||(depth0 && lookupProperty(depth0,"scopeLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"scopeLabel","hash":{},"data":data,"loc":{"start":{"line":1,"column":62},"end":{"line":1,"column":81}}}))
    + "</span>";
},"1":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-body-secondary\">없음</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"scopes") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":148}}})) != null ? stack1 : "")
    + "\n";
},"useData":true});
  templates["_sort"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th scope=\"col\" class=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"class") || (depth0 != null ? lookupProperty(depth0,"class") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"class","hash":{},"data":data,"loc":{"start":{"line":1,"column":23},"end":{"line":1,"column":32}}}) : helper)))
    + "\" aria-sort=\""
    + container.escapeExpression((lookupProperty(helpers,"ariaSort")||(depth0 && lookupProperty(depth0,"ariaSort"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"column") : depth0),(depth0 != null ? lookupProperty(depth0,"sort") : depth0),{"name":"ariaSort","hash":{},"data":data,"loc":{"start":{"line":1,"column":45},"end":{"line":1,"column":69}}}))
    + "\">\n  <button type=\"button\" class=\"btn btn-link btn-sort js-sort\" data-sort=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"column") || (depth0 != null ? lookupProperty(depth0,"column") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"column","hash":{},"data":data,"loc":{"start":{"line":2,"column":73},"end":{"line":2,"column":83}}}) : helper)))
    + "\" data-order=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"order") || (depth0 != null ? lookupProperty(depth0,"order") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"order","hash":{},"data":data,"loc":{"start":{"line":2,"column":97},"end":{"line":2,"column":106}}}) : helper)))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":2,"column":108},"end":{"line":2,"column":117}}}) : helper)))
    + "<span class=\"sort-mark\" aria-hidden=\"true\">"
    + container.escapeExpression((lookupProperty(helpers,"sortMark")||(depth0 && lookupProperty(depth0,"sortMark"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"column") : depth0),(depth0 != null ? lookupProperty(depth0,"sort") : depth0),{"name":"sortMark","hash":{},"data":data,"loc":{"start":{"line":2,"column":160},"end":{"line":2,"column":184}}}))
    + "</span></button>\n</th>\n";
},"useData":true});
  templates["_status"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"badge "
    + container.escapeExpression((lookupProperty(helpers,"statusClass")||(depth0 && lookupProperty(depth0,"statusClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"statusClass","hash":{},"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":41}}}))
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"statusLabel")||(depth0 && lookupProperty(depth0,"statusLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":1,"column":43},"end":{"line":1,"column":65}}}))
    + "</span>\n";
},"useData":true});
  templates["account"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"alert alert-warning js-setup-notice\" role=\"status\">\n    <div class=\"fw-semibold\">로그인 설정을 먼저 마치십시오.</div>\n    <div class=\"small\">마치기 전에는 다른 화면과 기능을 쓸 수 없습니다.</div>\n    <ol class=\"small mb-0 mt-2\">\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"setup") : depth0),"password",{"name":"includes","hash":{},"data":data,"loc":{"start":{"line":9,"column":12},"end":{"line":9,"column":39}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":83}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"setup") : depth0),"mfa",{"name":"includes","hash":{},"data":data,"loc":{"start":{"line":10,"column":12},"end":{"line":10,"column":34}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":99}}})) != null ? stack1 : "")
    + "\n    </ol>\n  </div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "<li>받은 임시 비밀번호를 내 비밀번호로 바꾸십시오.</li>";
},"2":function(container,depth0,helpers,partials,data) {
    return "<li>OTP 앱(Google Authenticator 등)으로 2단계 인증을 등록하십시오.</li>";
},"3":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-success\">등록됨</span>";
},"4":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-danger\">미등록</span>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <dt>복구 코드</dt><dd><span class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lowRecoveryCodes") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":43},"end":{"line":26,"column":97}}})) != null ? stack1 : "")
    + "\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"recovery_codes_left") : stack1), depth0))
    + "개 남음</span></dd>\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "text-danger fw-semibold";
},"7":function(container,depth0,helpers,partials,data) {
    return "order-first order-lg-0";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"account-password"),depth0,{"name":"account-password","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "          <p class=\"mb-0\">2단계 인증이 등록되어 있습니다. 로그인할 때 비밀번호와 함께 OTP 앱의 6자리 코드를 입력합니다.</p>\n          <p class=\"small text-body-secondary mb-0 mt-2\">휴대폰을 바꾸거나 잃어버렸으면 복구 코드로 로그인한 뒤 owner에게 2단계 인증 초기화를 요청하십시오.</p>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"enrolment") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":50,"column":8},"end":{"line":58,"column":8}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"mfa-enrol"),(depth0 != null ? lookupProperty(depth0,"enrolment") : depth0),{"name":"mfa-enrol","data":data,"indent":"          ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <p>로그인할 때 비밀번호와 함께 휴대폰 OTP 앱의 6자리 코드를 입력하도록 합니다. 비밀번호가 유출되어도 계정을 지킬 수 있습니다.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"setup") : depth0),"password",{"name":"includes","hash":{},"data":data,"loc":{"start":{"line":54,"column":16},"end":{"line":54,"column":43}}}),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":10},"end":{"line":56,"column":17}}})) != null ? stack1 : "")
    + "          <button type=\"button\" class=\"btn btn-primary js-mfa-start\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"setup") : depth0),"password",{"name":"includes","hash":{},"data":data,"loc":{"start":{"line":57,"column":75},"end":{"line":57,"column":102}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":69},"end":{"line":57,"column":119}}})) != null ? stack1 : "")
    + ">2단계 인증 등록 시작</button>\n        ";
},"13":function(container,depth0,helpers,partials,data) {
    return "            <p class=\"small text-body-secondary\">임시 비밀번호를 먼저 바꾼 뒤 등록할 수 있습니다.</p>\n";
},"14":function(container,depth0,helpers,partials,data) {
    return "disabled";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">내 계정</h1>\n</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"setup") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + "\n<div class=\"row g-3\">\n  <div class=\"col-12 col-lg-4 d-flex flex-column gap-3\">\n    <div class=\"card js-profile\">\n      <div class=\"card-header\"><h2 class=\"h6 mb-0\">계정</h2></div>\n      <div class=\"card-body\">\n        <dl class=\"facts mb-0\">\n          <dt>아이디</dt><dd class=\"text-break js-profile-username\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"username") : stack1), depth0))
    + "</dd>\n          <dt>역할</dt><dd><span class=\"badge "
    + container.escapeExpression((lookupProperty(helpers,"roleClass")||(depth0 && lookupProperty(depth0,"roleClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"role") : stack1),{"name":"roleClass","hash":{},"data":data,"loc":{"start":{"line":22,"column":44},"end":{"line":22,"column":65}}}))
    + " js-profile-role\">"
    + container.escapeExpression((lookupProperty(helpers,"roleLabel")||(depth0 && lookupProperty(depth0,"roleLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"role") : stack1),{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":83},"end":{"line":22,"column":104}}}))
    + "</span>\n            <div class=\"small text-body-secondary mt-1\">"
    + container.escapeExpression((lookupProperty(helpers,"roleWhat")||(depth0 && lookupProperty(depth0,"roleWhat"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"role") : stack1),{"name":"roleWhat","hash":{},"data":data,"loc":{"start":{"line":23,"column":56},"end":{"line":23,"column":76}}}))
    + "</div></dd>\n          <dt>2단계 인증</dt><dd class=\"js-profile-mfa\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"mfa_enabled") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":24,"column":52},"end":{"line":24,"column":162}}})) != null ? stack1 : "")
    + "</dd>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"mfa_enabled") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":10},"end":{"line":27,"column":17}}})) != null ? stack1 : "")
    + "          <dt>세션 만료</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"expires_at") : stack1),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":28,"column":28},"end":{"line":28,"column":54}}}))
    + "<div class=\"small text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"idleMinutes") || (depth0 != null ? lookupProperty(depth0,"idleMinutes") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"idleMinutes","hash":{},"data":data,"loc":{"start":{"line":28,"column":93},"end":{"line":28,"column":108}}}) : helper)))
    + "분 동안 쓰지 않으면 끝납니다</div></dd>\n        </dl>\n      </div>\n    </div>\n    <div class=\"card\">\n      <div class=\"card-header\"><h2 class=\"h6 mb-0\">모든 세션 로그아웃</h2></div>\n      <div class=\"card-body\">\n        <p class=\"small text-body-secondary\">다른 브라우저나 PC에 남아 있는 세션까지 이 계정의 모든 세션을 끝냅니다. 세션이 유출되었다고 의심되면 쓰십시오.</p>\n        <button type=\"button\" class=\"btn btn-outline-danger btn-sm js-logout-everywhere\">모든 세션 로그아웃</button>\n      </div>\n    </div>\n  </div>\n\n  <div class=\"col-12 col-lg-8 d-flex flex-column gap-3 "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"setup") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":55},"end":{"line":42,"column":104}}})) != null ? stack1 : "")
    + "\">\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"passwordFirst") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":4},"end":{"line":43,"column":54}}})) != null ? stack1 : "")
    + "\n    <div class=\"card js-mfa-card\">\n      <div class=\"card-header\"><h2 class=\"h6 mb-0\">2단계 인증 (OTP)</h2></div>\n      <div class=\"card-body\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"me") : depth0)) != null ? lookupProperty(stack1,"mfa_enabled") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":47,"column":8},"end":{"line":58,"column":15}}})) != null ? stack1 : "")
    + "      </div>\n    </div>\n    "
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"passwordFirst") : depth0),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":4},"end":{"line":61,"column":62}}})) != null ? stack1 : "")
    + "\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["admin-form"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "역할 변경: "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"admin") : depth0)) != null ? lookupProperty(stack1,"username") : stack1), depth0));
},"1":function(container,depth0,helpers,partials,data) {
    return "관리자 추가";
},"2":function(container,depth0,helpers,partials,data) {
    return "          <div class=\"mb-3\">\n            <label class=\"form-label\" for=\"admin-form-username\">아이디 <span class=\"text-danger\">*</span></label>\n            <input class=\"form-control\" id=\"admin-form-username\" name=\"username\" required minlength=\"3\" maxlength=\"40\"\n                   pattern=\"[A-Za-z0-9._\\-]{3,40}\" autocomplete=\"off\" autofocus aria-describedby=\"admin-form-username-help\">\n            <div class=\"form-text\" id=\"admin-form-username-help\">영문, 숫자, ._- 3~40자</div>\n          </div>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <div class=\"form-check\">\n              <input class=\"form-check-input\" type=\"radio\" name=\"role\" id=\"admin-form-role-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":22,"column":91},"end":{"line":22,"column":100}}}) : helper)))
    + "\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":22,"column":109},"end":{"line":22,"column":118}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"checked") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":120},"end":{"line":22,"column":149}}})) != null ? stack1 : "")
    + ">\n              <label class=\"form-check-label\" for=\"admin-form-role-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":23,"column":67},"end":{"line":23,"column":76}}}) : helper)))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":23,"column":78},"end":{"line":23,"column":87}}}) : helper)))
    + " <span class=\"small text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"what") || (depth0 != null ? lookupProperty(depth0,"what") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"what","hash":{},"data":data,"loc":{"start":{"line":23,"column":128},"end":{"line":23,"column":136}}}) : helper)))
    + "</span></label>\n            </div>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "checked";
},"5":function(container,depth0,helpers,partials,data) {
    return "          <p class=\"small text-body-secondary mt-3 mb-0\">임시 비밀번호가 한 번 표시됩니다. 새 관리자는 처음 로그인할 때 비밀번호를 바꾸고 2단계 인증을 등록해야 합니다.</p>\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "저장";
},"7":function(container,depth0,helpers,partials,data) {
    return "추가";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"admin-form-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog\">\n    <form class=\"modal-content js-admin-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"admin-form-title\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"admin") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":5,"column":57},"end":{"line":5,"column":116}}})) != null ? stack1 : "")
    + "</h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"admin") : depth0),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":8},"end":{"line":17,"column":19}}})) != null ? stack1 : "")
    + "        <fieldset>\n          <legend class=\"form-label fs-6\">역할</legend>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"roleChoices") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":25,"column":19}}})) != null ? stack1 : "")
    + "        </fieldset>\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"admin") : depth0),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":8},"end":{"line":29,"column":19}}})) != null ? stack1 : "")
    + "      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"admin") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":35,"column":10},"end":{"line":35,"column":42}}})) != null ? stack1 : "")
    + "\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"useData":true});
  templates["admins-table"] = template({"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"table-responsive\">\n    <table class=\"table table-hover align-middle js-admins-table\">\n      <thead><tr>\n        <th scope=\"col\">아이디</th>\n        <th scope=\"col\">역할</th>\n        <th scope=\"col\" class=\"d-none d-sm-table-cell\">상태</th>\n        <th scope=\"col\" class=\"d-none d-md-table-cell\">2단계 인증</th>\n        <th scope=\"col\" class=\"d-none d-lg-table-cell\">세션</th>\n        <th scope=\"col\" class=\"d-none d-md-table-cell\">최근 로그인</th>\n        <th scope=\"col\" class=\"text-end\"><span class=\"visually-hidden\">작업</span></th>\n      </tr></thead>\n      <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"admins") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":8},"end":{"line":43,"column":17}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table>\n  </div>\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <tr data-admin-id=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"admin_id") || (depth0 != null ? lookupProperty(depth0,"admin_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"admin_id","hash":{},"data":data,"loc":{"start":{"line":15,"column":29},"end":{"line":15,"column":41}}}) : helper)))
    + "\" data-username=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"username") || (depth0 != null ? lookupProperty(depth0,"username") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"username","hash":{},"data":data,"loc":{"start":{"line":15,"column":58},"end":{"line":15,"column":70}}}) : helper)))
    + "\">\n            <td class=\"cell-name\">\n              <span class=\"fw-semibold text-break\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"username") || (depth0 != null ? lookupProperty(depth0,"username") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"username","hash":{},"data":data,"loc":{"start":{"line":17,"column":51},"end":{"line":17,"column":63}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"username") : depth0),(depths[1] != null ? lookupProperty(depths[1],"me") : depths[1]),{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":17,"column":76},"end":{"line":17,"column":95}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":70},"end":{"line":17,"column":147}}})) != null ? stack1 : "")
    + "\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"password_change_required") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":14},"end":{"line":18,"column":117}}})) != null ? stack1 : "")
    + "\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),"disabled",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":19,"column":20},"end":{"line":19,"column":42}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":14},"end":{"line":19,"column":101}}})) != null ? stack1 : "")
    + "\n            </td>\n            <td><span class=\"badge "
    + container.escapeExpression((lookupProperty(helpers,"roleClass")||(depth0 && lookupProperty(depth0,"roleClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"role") : depth0),{"name":"roleClass","hash":{},"data":data,"loc":{"start":{"line":21,"column":35},"end":{"line":21,"column":53}}}))
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"roleLabel")||(depth0 && lookupProperty(depth0,"roleLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"role") : depth0),{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":21,"column":55},"end":{"line":21,"column":73}}}))
    + "</span></td>\n            <td class=\"d-none d-sm-table-cell\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"status"),depth0,{"name":"status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n            <td class=\"d-none d-md-table-cell\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mfa_enabled") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":23,"column":47},"end":{"line":23,"column":154}}})) != null ? stack1 : "")
    + "</td>\n            <td class=\"d-none d-lg-table-cell\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"active_sessions") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":24,"column":47},"end":{"line":24,"column":73}}}))
    + "</td>\n            <td class=\"d-none d-md-table-cell small text-nowrap\">"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"last_login_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":25,"column":65},"end":{"line":25,"column":91}}}))
    + "</td>\n            <td class=\"text-end text-nowrap\">\n              <div class=\"dropdown\">\n                <button type=\"button\" class=\"btn btn-sm btn-outline-secondary dropdown-toggle js-admin-menu\"\n                        data-bs-toggle=\"dropdown\" aria-expanded=\"false\">작업</button>\n                <ul class=\"dropdown-menu dropdown-menu-end\">\n                  <li><button type=\"button\" class=\"dropdown-item js-admin-role\">역할 변경</button></li>\n                  "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mfa_enabled") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":18},"end":{"line":32,"column":135}}})) != null ? stack1 : "")
    + "\n                  <li><hr class=\"dropdown-divider\"></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":34,"column":24},"end":{"line":34,"column":44}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.program(9, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":34,"column":18},"end":{"line":38,"column":25}}})) != null ? stack1 : "")
    + "                </ul>\n              </div>\n            </td>\n          </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " <span class=\"badge text-bg-light\">나</span>";
},"3":function(container,depth0,helpers,partials,data) {
    return "<div class=\"small text-warning-emphasis\">임시 비밀번호 (첫 로그인 전)</div>";
},"4":function(container,depth0,helpers,partials,data) {
    return "<div class=\"small text-danger d-sm-none\">중지됨</div>";
},"5":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-success\">등록됨</span>";
},"6":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-danger\">미등록</span>";
},"7":function(container,depth0,helpers,partials,data) {
    return "<li><button type=\"button\" class=\"dropdown-item js-admin-mfa-reset\">2단계 인증 초기화</button></li>";
},"8":function(container,depth0,helpers,partials,data) {
    return "                    <li><button type=\"button\" class=\"dropdown-item text-danger js-admin-status\" data-status=\"disabled\">중지</button></li>\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "                    <li><button type=\"button\" class=\"dropdown-item js-admin-status\" data-status=\"active\">재개</button></li>\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"text-body-secondary py-3\">관리자가 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"admins") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.program(10, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true});
  templates["admins"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">관리자</h1>\n  <button type=\"button\" class=\"btn btn-primary js-create-admin\">+ 관리자 추가</button>\n</div>\n<p class=\"small text-body-secondary\">\n  <span class=\"badge text-bg-dark\">소유자</span> 관리자 관리까지 모든 기능 ·\n  <span class=\"badge text-bg-primary\">운영자</span> 사용자, 키, 계좌 권한 관리 ·\n  <span class=\"badge text-bg-secondary\">조회자</span> 조회만\n</p>\n<div class=\"js-results\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  templates["audit-table"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"table-responsive\">\n    <table class=\"table table-sm align-middle js-audit-table\">\n      <thead><tr>\n        <th scope=\"col\">시각 · 관리자</th>\n        <th scope=\"col\">작업</th>\n        <th scope=\"col\">대상</th>\n        <th scope=\"col\" class=\"d-none d-md-table-cell\">내용</th>\n        <th scope=\"col\" class=\"d-none d-lg-table-cell\">IP</th>\n      </tr></thead>\n      <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":29,"column":17}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table>\n  </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"pager"),(depth0 != null ? lookupProperty(depth0,"pager") : depth0),{"name":"pager","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <tr>\n            <td class=\"small\">\n              <div class=\"text-nowrap\">"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":15,"column":39},"end":{"line":15,"column":54}}}))
    + "</div>\n              <div class=\"text-body-secondary text-nowrap\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"actor") || (depth0 != null ? lookupProperty(depth0,"actor") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"actor","hash":{},"data":data,"loc":{"start":{"line":16,"column":59},"end":{"line":16,"column":68}}}) : helper)))
    + "</div>\n            </td>\n            <td>"
    + container.escapeExpression((lookupProperty(helpers,"actionLabel")||(depth0 && lookupProperty(depth0,"actionLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"action") : depth0),{"name":"actionLabel","hash":{},"data":data,"loc":{"start":{"line":18,"column":16},"end":{"line":18,"column":38}}}))
    + "</td>\n            <td class=\"small\">\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"target_type") : depth0),"user",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":20,"column":20},"end":{"line":20,"column":43}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":20,"column":14},"end":{"line":22,"column":111}}})) != null ? stack1 : "")
    + "            </td>\n            <td class=\"d-none d-md-table-cell small\">\n              "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"pairs")||(depth0 && lookupProperty(depth0,"pairs"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"detail") : depth0),{"name":"pairs","hash":{},"data":data,"loc":{"start":{"line":25,"column":22},"end":{"line":25,"column":36}}}),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":14},"end":{"line":25,"column":142}}})) != null ? stack1 : "")
    + "\n            </td>\n            <td class=\"d-none d-lg-table-cell small\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"client_ip") || (depth0 != null ? lookupProperty(depth0,"client_ip") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"client_ip","hash":{},"data":data,"loc":{"start":{"line":27,"column":53},"end":{"line":27,"column":66}}}) : helper)))
    + "</td>\n          </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + container.escapeExpression((lookupProperty(helpers,"userHref")||(depth0 && lookupProperty(depth0,"userHref"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"target_id") : depth0),{"name":"userHref","hash":{},"data":data,"loc":{"start":{"line":20,"column":54},"end":{"line":20,"column":76}}}))
    + "\">사용자 "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"target_id") || (depth0 != null ? lookupProperty(depth0,"target_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_id","hash":{},"data":data,"loc":{"start":{"line":20,"column":82},"end":{"line":20,"column":95}}}) : helper)))
    + "</a>\n              ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"target_type") : depth0),"key",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":21,"column":24},"end":{"line":21,"column":46}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":21,"column":14},"end":{"line":22,"column":104}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"text-body-secondary\">키</span> <code class=\"appkey\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"target_id") || (depth0 != null ? lookupProperty(depth0,"target_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_id","hash":{},"data":data,"loc":{"start":{"line":21,"column":112},"end":{"line":21,"column":125}}}) : helper)))
    + "</code>\n              ";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"text-body-secondary\">"
    + container.escapeExpression((lookupProperty(helpers,"targetLabel")||(depth0 && lookupProperty(depth0,"targetLabel"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"target_type") : depth0),{"name":"targetLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":56},"end":{"line":22,"column":83}}}))
    + "</span> "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"target_id") || (depth0 != null ? lookupProperty(depth0,"target_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_id","hash":{},"data":data,"loc":{"start":{"line":22,"column":91},"end":{"line":22,"column":104}}}) : helper)));
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"me-2 text-break\"><span class=\"text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"key") || (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"key","hash":{},"data":data,"loc":{"start":{"line":25,"column":102},"end":{"line":25,"column":109}}}) : helper)))
    + "</span>="
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":25,"column":117},"end":{"line":25,"column":126}}}) : helper)))
    + "</span>";
},"7":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"text-body-secondary py-3\">기록이 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true});
  templates["audit"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<option value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":10,"column":44},"end":{"line":10,"column":53}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"selected") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":55},"end":{"line":10,"column":86}}})) != null ? stack1 : "")
    + ">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":87},"end":{"line":10,"column":96}}}) : helper)))
    + " ("
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":10,"column":98},"end":{"line":10,"column":107}}}) : helper)))
    + ")</option>";
},"1":function(container,depth0,helpers,partials,data) {
    return "selected";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">감사 로그</h1>\n  <span class=\"small text-body-secondary\">관리자가 한 모든 변경이 최신순으로 남습니다 (수정·삭제 불가).</span>\n</div>\n<form class=\"row g-2 mb-3 js-filter\">\n  <div class=\"col-8 col-md-4\">\n    <label class=\"visually-hidden\" for=\"audit-action\">작업</label>\n    <select class=\"form-select\" id=\"audit-action\" name=\"action\">\n      <option value=\"\">모든 작업</option>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"actionChoices") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":126}}})) != null ? stack1 : "")
    + "\n    </select>\n  </div>\n  <div class=\"col-4 col-md-2\"><button type=\"submit\" class=\"btn btn-outline-secondary w-100\">조회</button></div>\n</form>\n<div class=\"js-results\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  templates["confirm-modal"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "btn-danger";
},"1":function(container,depth0,helpers,partials,data) {
    return "btn-primary";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"confirm-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog\">\n    <div class=\"modal-content\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"confirm-title\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":54},"end":{"line":5,"column":63}}}) : helper)))
    + "</h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\"><p class=\"mb-0 text-break\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"message","hash":{},"data":data,"loc":{"start":{"line":8,"column":57},"end":{"line":8,"column":68}}}) : helper)))
    + "</p></div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\" autofocus>취소</button>\n        <button type=\"button\" class=\"btn "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"danger") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":11,"column":41},"end":{"line":11,"column":91}}})) != null ? stack1 : "")
    + " js-confirm\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"confirmLabel") || (depth0 != null ? lookupProperty(depth0,"confirmLabel") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"confirmLabel","hash":{},"data":data,"loc":{"start":{"line":11,"column":104},"end":{"line":11,"column":120}}}) : helper)))
    + "</button>\n      </div>\n    </div>\n  </div>\n</div>\n";
},"useData":true});
  templates["dashboard-body"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "text-danger";
},"1":function(container,depth0,helpers,partials,data) {
    return "text-warning-emphasis";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <a class=\"btn "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"active") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":36,"column":20},"end":{"line":36,"column":83}}})) != null ? stack1 : "")
    + "\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"href","hash":{},"data":data,"loc":{"start":{"line":36,"column":91},"end":{"line":36,"column":99}}}) : helper)))
    + "\"\n         "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"active") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":9},"end":{"line":37,"column":49}}})) != null ? stack1 : "")
    + ">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"days") || (depth0 != null ? lookupProperty(depth0,"days") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"days","hash":{},"data":data,"loc":{"start":{"line":37,"column":50},"end":{"line":37,"column":58}}}) : helper)))
    + "일</a>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "btn-secondary";
},"4":function(container,depth0,helpers,partials,data) {
    return "btn-outline-secondary";
},"5":function(container,depth0,helpers,partials,data) {
    return "aria-current=\"true\"";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"table-responsive\">\n      <table class=\"table table-sm align-middle mb-0 js-expiring\">\n        <thead><tr>\n          <th scope=\"col\">앱키</th>\n          <th scope=\"col\">사용자</th>\n          <th scope=\"col\" class=\"d-none d-md-table-cell\">환경</th>\n          <th scope=\"col\">만료</th>\n        </tr></thead>\n        <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expiring_keys") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":10},"end":{"line":78,"column":19}}})) != null ? stack1 : "")
    + "        </tbody>\n      </table>\n    </div>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <tr>\n              <td><code class=\"appkey\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":73,"column":39},"end":{"line":73,"column":49}}}) : helper)))
    + "</code></td>\n              <td><a href=\""
    + container.escapeExpression((lookupProperty(helpers,"userHref")||(depth0 && lookupProperty(depth0,"userHref"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user_id") : depth0),{"name":"userHref","hash":{},"data":data,"loc":{"start":{"line":74,"column":27},"end":{"line":74,"column":47}}}))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"user_name") || (depth0 != null ? lookupProperty(depth0,"user_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"user_name","hash":{},"data":data,"loc":{"start":{"line":74,"column":49},"end":{"line":74,"column":62}}}) : helper)))
    + "</a></td>\n              <td class=\"d-none d-md-table-cell\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"env"),depth0,{"name":"env","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n              <td class=\"text-nowrap\">"
    + container.escapeExpression((lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":76,"column":38},"end":{"line":76,"column":57}}}))
    + " <span class=\""
    + container.escapeExpression((lookupProperty(helpers,"expiryClass")||(depth0 && lookupProperty(depth0,"expiryClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiryClass","hash":{},"data":data,"loc":{"start":{"line":76,"column":71},"end":{"line":76,"column":97}}}))
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"expiry")||(depth0 && lookupProperty(depth0,"expiry"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiry","hash":{},"data":data,"loc":{"start":{"line":76,"column":99},"end":{"line":76,"column":120}}}))
    + "</span></td>\n            </tr>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <p class=\"card-body text-body-secondary mb-0\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"expiringDays") || (depth0 != null ? lookupProperty(depth0,"expiringDays") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"expiringDays","hash":{},"data":data,"loc":{"start":{"line":83,"column":50},"end":{"line":83,"column":66}}}) : helper)))
    + "일 안에 만료되는 활성 키가 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"row row-cols-2 row-cols-md-4 g-3 mb-4 stat-row js-counts\">\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">활성 사용자</div>\n    <div class=\"stat-value js-count-users\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"active_users") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":43},"end":{"line":4,"column":73}}}))
    + "<small> / "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"users") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":83},"end":{"line":4,"column":106}}}))
    + "</small></div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">활성 키</div>\n    <div class=\"stat-value js-count-keys\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"active_keys") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":8,"column":42},"end":{"line":8,"column":71}}}))
    + "<small> / "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"keys") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":8,"column":81},"end":{"line":8,"column":103}}}))
    + "</small></div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">토큰 발급 (24시간)</div>\n    <div class=\"stat-value\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"tokens_24h") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":12,"column":28},"end":{"line":12,"column":56}}}))
    + "</div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">요청 (24시간)</div>\n    <div class=\"stat-value\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"requests_24h") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":16,"column":28},"end":{"line":16,"column":58}}}))
    + "</div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">거부 (24시간)</div>\n    <div class=\"stat-value "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"refusals_24h") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":27},"end":{"line":20,"column":72}}})) != null ? stack1 : "")
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"refusals_24h") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":20,"column":74},"end":{"line":20,"column":104}}}))
    + "</div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">실시간 연결</div>\n    <div class=\"stat-value js-realtime-connections\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"realtime_connections") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":24,"column":52},"end":{"line":24,"column":90}}}))
    + "</div>\n  </div></div></div>\n  <div class=\"col\"><div class=\"card h-100 stat\"><div class=\"card-body\">\n    <div class=\"stat-label\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"expiringDays") || (depth0 != null ? lookupProperty(depth0,"expiringDays") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"expiringDays","hash":{},"data":data,"loc":{"start":{"line":27,"column":28},"end":{"line":27,"column":44}}}) : helper)))
    + "일 내 만료</div>\n    <div class=\"stat-value "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"expiring_keys") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":27},"end":{"line":28,"column":83}}})) != null ? stack1 : "")
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"expiring_keys") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":28,"column":85},"end":{"line":28,"column":116}}}))
    + "</div>\n  </div></div></div>\n</div>\n\n<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2\">\n  <h2 class=\"h5 mb-0\">일별 이용량</h2>\n  <div class=\"btn-group btn-group-sm\" role=\"group\" aria-label=\"기간\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"dayOptions") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":4},"end":{"line":38,"column":13}}})) != null ? stack1 : "")
    + "  </div>\n</div>\n<div class=\"row g-3 mb-4\">\n  <div class=\"col-12 col-lg-6\">\n    <figure class=\"card h-100 mb-0\"><div class=\"card-body\">\n      <figcaption class=\"h6\">일별 요청 수 <span class=\"text-body-secondary small\">합계 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"usageTotals") : depth0)) != null ? lookupProperty(stack1,"requests") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":44,"column":80},"end":{"line":44,"column":111}}}))
    + "건</span></figcaption>\n      <div class=\"chart-box js-chart-requests\"></div>\n    </div></figure>\n  </div>\n  <div class=\"col-12 col-lg-6\">\n    <figure class=\"card h-100 mb-0\"><div class=\"card-body\">\n      <figcaption class=\"h6\">일별 거부 수 <span class=\"text-body-secondary small\">합계 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"usageTotals") : depth0)) != null ? lookupProperty(stack1,"refusals") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":50,"column":80},"end":{"line":50,"column":111}}}))
    + "건 (return_code ≠ 0)</span></figcaption>\n      <div class=\"chart-box js-chart-refusals\"></div>\n    </div></figure>\n  </div>\n</div>\n\n<div class=\"card\">\n  <div class=\"card-header d-flex flex-wrap justify-content-between gap-2\">\n    <h2 class=\"h6 mb-0\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"expiringDays") || (depth0 != null ? lookupProperty(depth0,"expiringDays") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"expiringDays","hash":{},"data":data,"loc":{"start":{"line":58,"column":24},"end":{"line":58,"column":40}}}) : helper)))
    + "일 안에 만료되는 키</h2>\n    <a class=\"small\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"expiringHref") || (depth0 != null ? lookupProperty(depth0,"expiringHref") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"expiringHref","hash":{},"data":data,"loc":{"start":{"line":59,"column":27},"end":{"line":59,"column":43}}}) : helper)))
    + "\">전체 보기</a>\n  </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"expiring_keys") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":61,"column":2},"end":{"line":84,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  templates["dashboard"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">대시보드</h1>\n  <a class=\"small\" href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"docsUrl") || (depth0 != null ? lookupProperty(depth0,"docsUrl") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"docsUrl","hash":{},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":36}}}) : helper)))
    + "\" target=\"_blank\" rel=\"noopener noreferrer\">API 문서 ↗</a>\n</div>\n<div class=\"js-dashboard-body\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  templates["grant-accounts"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"list-group mb-2\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"accounts") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":4},"end":{"line":10,"column":13}}})) != null ? stack1 : "")
    + "  </div>\n  <div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2\">\n    <span class=\"small text-body-secondary\">전체 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"total") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":13,"column":47},"end":{"line":13,"column":63}}}))
    + "개 · "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"page") || (depth0 != null ? lookupProperty(depth0,"page") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"page","hash":{},"data":data,"loc":{"start":{"line":13,"column":67},"end":{"line":13,"column":75}}}) : helper)))
    + " / "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"pageCount") || (depth0 != null ? lookupProperty(depth0,"pageCount") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pageCount","hash":{},"data":data,"loc":{"start":{"line":13,"column":78},"end":{"line":13,"column":91}}}) : helper)))
    + " 페이지</span>\n    <div class=\"btn-group btn-group-sm\">\n      <button type=\"button\" class=\"btn btn-outline-secondary js-grant-page\" data-page=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"prev") || (depth0 != null ? lookupProperty(depth0,"prev") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"prev","hash":{},"data":data,"loc":{"start":{"line":15,"column":87},"end":{"line":15,"column":95}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"prev") : depth0),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":97},"end":{"line":15,"column":132}}})) != null ? stack1 : "")
    + ">이전</button>\n      <button type=\"button\" class=\"btn btn-outline-secondary js-grant-page\" data-page=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"next") || (depth0 != null ? lookupProperty(depth0,"next") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"next","hash":{},"data":data,"loc":{"start":{"line":16,"column":87},"end":{"line":16,"column":95}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"next") : depth0),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":97},"end":{"line":16,"column":132}}})) != null ? stack1 : "")
    + ">다음</button>\n    </div>\n  </div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <label class=\"list-group-item d-flex align-items-center gap-2\">\n        <input class=\"form-check-input m-0 js-grant-account\" type=\"checkbox\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_no") || (depth0 != null ? lookupProperty(depth0,"account_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_no","hash":{},"data":data,"loc":{"start":{"line":5,"column":84},"end":{"line":5,"column":98}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"selected") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":100},"end":{"line":5,"column":130}}})) != null ? stack1 : "")
    + ">\n        <code>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_no") || (depth0 != null ? lookupProperty(depth0,"account_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_no","hash":{},"data":data,"loc":{"start":{"line":6,"column":14},"end":{"line":6,"column":28}}}) : helper)))
    + "</code>\n        <span class=\"text-truncate\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_name") || (depth0 != null ? lookupProperty(depth0,"account_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_name","hash":{},"data":data,"loc":{"start":{"line":7,"column":36},"end":{"line":7,"column":52}}}) : helper)))
    + "</span>\n        <span class=\"ms-auto small text-body-secondary d-none d-sm-inline\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"broker") || (depth0 != null ? lookupProperty(depth0,"broker") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"broker","hash":{},"data":data,"loc":{"start":{"line":8,"column":75},"end":{"line":8,"column":85}}}) : helper)))
    + "</span>\n      </label>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "checked";
},"3":function(container,depth0,helpers,partials,data) {
    return "disabled";
},"4":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"text-body-secondary\">조건에 맞는 계좌가 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"accounts") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"useData":true});
  templates["grant-modal"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "selected";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"grant-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog modal-lg modal-dialog-scrollable\">\n    <form class=\"modal-content js-grant-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"grant-title\">계좌 권한 편집 · <span class=\"text-break\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</span></h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n        <p class=\"small text-body-secondary\">환경별로 따로 저장됩니다. 저장하면 선택한 환경의 계좌 권한이 아래 선택으로 바뀝니다.</p>\n        <div class=\"row g-2 mb-3\">\n          <div class=\"col-5 col-md-3\">\n            <label class=\"visually-hidden\" for=\"grant-env\">환경</label>\n            <select class=\"form-select js-grant-env\" id=\"grant-env\" name=\"env\">\n              <option value=\"real\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"env") : depth0),"real",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":15,"column":41},"end":{"line":15,"column":56}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":35},"end":{"line":15,"column":73}}})) != null ? stack1 : "")
    + ">실전</option>\n              <option value=\"mock\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"env") : depth0),"mock",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":41},"end":{"line":16,"column":56}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":35},"end":{"line":16,"column":73}}})) != null ? stack1 : "")
    + ">모의</option>\n            </select>\n          </div>\n          <div class=\"col-7 col-md-9\">\n            <label class=\"visually-hidden\" for=\"grant-q\">계좌 검색</label>\n            <input type=\"search\" class=\"form-control js-grant-q\" id=\"grant-q\" placeholder=\"계좌번호 또는 계좌명\" maxlength=\"100\">\n          </div>\n        </div>\n        <div class=\"mb-2 small\">선택 <strong class=\"js-grant-count\">0</strong>개 <span class=\"js-grant-selected\"></span></div>\n        <div class=\"js-grant-list\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          저장\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["key-edit"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "selected";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"key-edit-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog modal-dialog-scrollable\">\n    <form class=\"modal-content js-key-edit-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"key-edit-title\">키 설정 수정</h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n        <p class=\"mb-3\"><code class=\"appkey\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"appkey") : stack1), depth0))
    + "</code> "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"env"),(depth0 != null ? lookupProperty(depth0,"key") : depth0),{"name":"env","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</p>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-edit-status\">상태</label>\n          <select class=\"form-select\" id=\"key-edit-status\" name=\"status\">\n            <option value=\"active\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":14,"column":41},"end":{"line":14,"column":65}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":35},"end":{"line":14,"column":82}}})) != null ? stack1 : "")
    + ">활성</option>\n            <option value=\"disabled\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"disabled",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":15,"column":43},"end":{"line":15,"column":69}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":37},"end":{"line":15,"column":86}}})) != null ? stack1 : "")
    + ">중지 (다시 활성화할 수 있음)</option>\n          </select>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-edit-env\">환경</label>\n          <select class=\"form-select\" id=\"key-edit-env\" name=\"env\">\n            <option value=\"real\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"env") : stack1),"real",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":21,"column":39},"end":{"line":21,"column":58}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":33},"end":{"line":21,"column":75}}})) != null ? stack1 : "")
    + ">실전 (real)</option>\n            <option value=\"mock\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"env") : stack1),"mock",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":22,"column":39},"end":{"line":22,"column":58}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":33},"end":{"line":22,"column":75}}})) != null ? stack1 : "")
    + ">모의 (mock: 데모 데이터만 조회)</option>\n          </select>\n          <div class=\"form-text\">바꾸면 이 키로 이미 받은 토큰도 곧바로 바뀐 환경의 데이터를 조회합니다.</div>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-edit-expires\">만료일</label>\n          <input class=\"form-control\" type=\"date\" id=\"key-edit-expires\" name=\"expires_at\" value=\""
    + container.escapeExpression((lookupProperty(helpers,"isoDate")||(depth0 && lookupProperty(depth0,"isoDate"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"expires_at") : stack1),{"name":"isoDate","hash":{},"data":data,"loc":{"start":{"line":28,"column":97},"end":{"line":28,"column":123}}}))
    + "\">\n          <div class=\"form-text\">비우면 만료되지 않습니다. 그날 자정(한국 시간)까지 유효합니다.</div>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-edit-rate\">초당 요청 한도</label>\n          <input class=\"form-control\" type=\"number\" id=\"key-edit-rate\" name=\"rate_limit\" min=\"1\" max=\"10000\" step=\"1\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"rate_limit") : stack1), depth0))
    + "\" required>\n        </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scope-choices"),depth0,{"name":"scope-choices","data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "        <div class=\"mb-1\">\n          <label class=\"form-label\" for=\"key-edit-cidrs\">허용 IP (CIDR)</label>\n          <textarea class=\"form-control font-monospace\" id=\"key-edit-cidrs\" name=\"allowed_cidrs\" rows=\"3\">"
    + container.escapeExpression((lookupProperty(helpers,"lines")||(depth0 && lookupProperty(depth0,"lines"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"allowed_cidrs") : stack1),{"name":"lines","hash":{},"data":data,"loc":{"start":{"line":38,"column":106},"end":{"line":38,"column":133}}}))
    + "</textarea>\n          <div class=\"form-text\">한 줄에 하나씩. 비우면 모든 IP에서 사용할 수 있습니다.</div>\n        </div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          저장\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["key-issue"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"key-issue-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog modal-dialog-scrollable\">\n    <form class=\"modal-content js-key-issue-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"key-issue-title\">키 발급 · <span class=\"text-break\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</span></h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-issue-env\">환경</label>\n          <select class=\"form-select\" id=\"key-issue-env\" name=\"env\">\n            <option value=\"real\">실전 (real)</option>\n            <option value=\"mock\">모의 (mock: 데모 데이터만 조회)</option>\n          </select>\n          <div class=\"form-text\">발급 후에도 키 설정 수정에서 바꿀 수 있습니다.</div>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-issue-expires\">만료일</label>\n          <input class=\"form-control\" type=\"date\" id=\"key-issue-expires\" name=\"expires_at\" min=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"today") || (depth0 != null ? lookupProperty(depth0,"today") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"today","hash":{},"data":data,"loc":{"start":{"line":20,"column":96},"end":{"line":20,"column":105}}}) : helper)))
    + "\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"defaultExpiry") || (depth0 != null ? lookupProperty(depth0,"defaultExpiry") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"defaultExpiry","hash":{},"data":data,"loc":{"start":{"line":20,"column":114},"end":{"line":20,"column":131}}}) : helper)))
    + "\">\n          <div class=\"form-text\">그날 자정(한국 시간)까지 유효합니다. 비우면 만료되지 않습니다.</div>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"key-issue-rate\">초당 요청 한도</label>\n          <input class=\"form-control\" type=\"number\" id=\"key-issue-rate\" name=\"rate_limit\" min=\"1\" max=\"10000\" step=\"1\" value=\"20\" required>\n        </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scope-choices"),depth0,{"name":"scope-choices","data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "        <div class=\"mb-1\">\n          <label class=\"form-label\" for=\"key-issue-cidrs\">허용 IP (CIDR)</label>\n          <textarea class=\"form-control font-monospace\" id=\"key-issue-cidrs\" name=\"allowed_cidrs\" rows=\"3\"\n                    placeholder=\"예: 10.0.0.0/24&#10;203.0.113.7/32\"></textarea>\n          <div class=\"form-text\">한 줄에 하나씩. 비우면 모든 IP에서 사용할 수 있습니다.</div>\n        </div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          발급\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["key-rotate"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"key-rotate-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog\">\n    <form class=\"modal-content js-key-rotate-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"key-rotate-title\">시크릿키 교체</h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n        <p><code class=\"appkey\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"key") : depth0)) != null ? lookupProperty(stack1,"appkey") : stack1), depth0))
    + "</code></p>\n        <p class=\"small\">새 시크릿키를 발급합니다. 앱키는 그대로이며, 이전 시크릿키는 유예 기간 동안 계속 쓸 수 있어 연동 시스템을 중단 없이 바꿀 수 있습니다.</p>\n        <label class=\"form-label\" for=\"key-rotate-grace\">유예 기간 (시간)</label>\n        <input class=\"form-control\" type=\"number\" id=\"key-rotate-grace\" name=\"grace_hours\" min=\"0\" max=\"720\" step=\"1\" value=\"24\" required autofocus>\n        <div class=\"form-text\">0이면 이전 시크릿키가 즉시 무효가 됩니다. 최대 720시간(30일).</div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-warning\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          교체\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"useData":true});
  templates["keys-table"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"table-responsive\">\n    <table class=\"table table-hover align-middle js-keys-table\">\n      <thead><tr>\n        <th scope=\"col\">앱키</th>\n        <th scope=\"col\">사용자</th>\n        <th scope=\"col\">상태</th>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"text-nowrap","order":"asc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"만료","column":"expires_at"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"d-none d-md-table-cell","order":"desc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"마지막 사용","column":"last_used_at"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "        <th scope=\"col\" class=\"d-none d-md-table-cell text-end text-nowrap\">실시간</th>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"d-none d-lg-table-cell","order":"desc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"발급일","column":"created_at"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "      </tr></thead>\n      <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"keys") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":8},"end":{"line":24,"column":17}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table>\n  </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"pager"),(depth0 != null ? lookupProperty(depth0,"pager") : depth0),{"name":"pager","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <tr data-appkey=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":37}}}) : helper)))
    + "\">\n            <td><code class=\"appkey\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":16,"column":37},"end":{"line":16,"column":47}}}) : helper)))
    + "</code> "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"env"),depth0,{"name":"env","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n            <td><a class=\"text-break\" href=\""
    + container.escapeExpression((lookupProperty(helpers,"userHref")||(depth0 && lookupProperty(depth0,"userHref"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user_id") : depth0),{"name":"userHref","hash":{},"data":data,"loc":{"start":{"line":17,"column":44},"end":{"line":17,"column":64}}}))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"user_name") || (depth0 != null ? lookupProperty(depth0,"user_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"user_name","hash":{},"data":data,"loc":{"start":{"line":17,"column":66},"end":{"line":17,"column":79}}}) : helper)))
    + "</a></td>\n            <td>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"status"),depth0,{"name":"status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n            <td class=\"text-nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":19,"column":36},"end":{"line":19,"column":207}}})) != null ? stack1 : "")
    + "</td>\n            <td class=\"d-none d-md-table-cell small\">"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"last_used_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":20,"column":53},"end":{"line":20,"column":78}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"last_used_ip") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":78},"end":{"line":20,"column":160}}})) != null ? stack1 : "")
    + "</td>\n            <td class=\"d-none d-md-table-cell text-end js-realtime-connections\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"realtime_connections") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":21,"column":80},"end":{"line":21,"column":111}}}))
    + "</td>\n            <td class=\"d-none d-lg-table-cell text-nowrap\">"
    + container.escapeExpression((lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"created_at") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":59},"end":{"line":22,"column":78}}}))
    + "</td>\n          </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":19,"column":54},"end":{"line":19,"column":73}}}))
    + "<div class=\"small "
    + container.escapeExpression((lookupProperty(helpers,"expiryClass")||(depth0 && lookupProperty(depth0,"expiryClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiryClass","hash":{},"data":data,"loc":{"start":{"line":19,"column":91},"end":{"line":19,"column":117}}}))
    + "\">"
    + container.escapeExpression((lookupProperty(helpers,"expiry")||(depth0 && lookupProperty(depth0,"expiry"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiry","hash":{},"data":data,"loc":{"start":{"line":19,"column":119},"end":{"line":19,"column":140}}}))
    + "</div>";
},"3":function(container,depth0,helpers,partials,data) {
    return "<span class=\"text-body-secondary\">만료 없음</span>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"last_used_ip") || (depth0 != null ? lookupProperty(depth0,"last_used_ip") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"last_used_ip","hash":{},"data":data,"loc":{"start":{"line":20,"column":131},"end":{"line":20,"column":147}}}) : helper)))
    + "</div>";
},"5":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"text-body-secondary py-3\">조건에 맞는 키가 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"keys") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true});
  templates["keys"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<option value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":10,"column":44},"end":{"line":10,"column":53}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"selected") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":55},"end":{"line":10,"column":86}}})) != null ? stack1 : "")
    + ">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":87},"end":{"line":10,"column":96}}}) : helper)))
    + "</option>";
},"1":function(container,depth0,helpers,partials,data) {
    return "selected";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<option value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":17,"column":46},"end":{"line":17,"column":55}}}) : helper)))
    + "\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"selected") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":57},"end":{"line":17,"column":88}}})) != null ? stack1 : "")
    + ">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":17,"column":89},"end":{"line":17,"column":98}}}) : helper)))
    + "일 안에 만료</option>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">키</h1>\n  <span class=\"small text-body-secondary\">키 발급은 사용자 화면에서 합니다.</span>\n</div>\n<form class=\"row g-2 mb-3 js-filter\">\n  <div class=\"col-6 col-md-3\">\n    <label class=\"visually-hidden\" for=\"keys-status\">상태</label>\n    <select class=\"form-select\" id=\"keys-status\" name=\"status\">\n      <option value=\"\">모든 상태</option>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"statusChoices") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":114}}})) != null ? stack1 : "")
    + "\n    </select>\n  </div>\n  <div class=\"col-6 col-md-3\">\n    <label class=\"visually-hidden\" for=\"keys-expiring\">만료</label>\n    <select class=\"form-select\" id=\"keys-expiring\" name=\"expiring_days\">\n      <option value=\"\">만료 조건 없음</option>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expiringChoices") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":6},"end":{"line":17,"column":123}}})) != null ? stack1 : "")
    + "\n    </select>\n  </div>\n  <div class=\"col-7 col-md-3\">\n    <label class=\"visually-hidden\" for=\"keys-user\">사용자 ID</label>\n    <input class=\"form-control\" type=\"number\" min=\"1\" id=\"keys-user\" name=\"user_id\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"query") : depth0)) != null ? lookupProperty(stack1,"user_id") : stack1), depth0))
    + "\" placeholder=\"사용자 ID\">\n  </div>\n  <div class=\"col-5 col-md-3\"><button type=\"submit\" class=\"btn btn-outline-secondary w-100\">조회</button></div>\n</form>\n<div class=\"js-results\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  templates["login"] = template({"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <p class=\"text-body-secondary small mb-4\">2단계 인증: <strong>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"username") || (depth0 != null ? lookupProperty(depth0,"username") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"username","hash":{},"data":data,"loc":{"start":{"line":7,"column":68},"end":{"line":7,"column":80}}}) : helper)))
    + "</strong> 계정의 OTP 앱에 표시된 6자리 코드를 입력하십시오.</p>\n          <form class=\"js-code-form\">\n            <div class=\"js-error\"></div>\n            <div class=\"mb-3\">\n              <label class=\"form-label\" for=\"login-code\">인증 코드</label>\n              <input class=\"form-control form-control-lg font-monospace text-center\" id=\"login-code\" name=\"code\"\n                     autocomplete=\"one-time-code\" inputmode=\"text\" required maxlength=\"20\" autofocus\n                     aria-describedby=\"login-code-help\">\n              <div class=\"form-text\" id=\"login-code-help\">휴대폰을 잃어버렸으면 등록할 때 받은 복구 코드(예: 7KQ4M-XW2PA)를 입력하십시오. 복구 코드는 한 번만 쓸 수 있습니다.</div>\n            </div>\n            <button type=\"submit\" class=\"btn btn-primary w-100 mb-2\">\n              <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n              확인\n            </button>\n            <button type=\"button\" class=\"btn btn-link btn-sm w-100 js-restart\">처음부터 다시 로그인</button>\n          </form>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <p class=\"text-body-secondary small mb-4\">관리자 계정으로 로그인하십시오.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"notice") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":10},"end":{"line":27,"column":17}}})) != null ? stack1 : "")
    + "          <form class=\"js-login-form\">\n            <div class=\"js-error\"></div>\n            <div class=\"mb-3\">\n              <label class=\"form-label\" for=\"login-username\">아이디</label>\n              <input class=\"form-control\" id=\"login-username\" name=\"username\" autocomplete=\"username\"\n                     required maxlength=\"40\" autofocus value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"username") || (depth0 != null ? lookupProperty(depth0,"username") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"username","hash":{},"data":data,"loc":{"start":{"line":33,"column":62},"end":{"line":33,"column":74}}}) : helper)))
    + "\">\n            </div>\n            <div class=\"mb-4\">\n              <label class=\"form-label\" for=\"login-password\">비밀번호</label>\n              <input class=\"form-control\" type=\"password\" id=\"login-password\" name=\"password\"\n                     autocomplete=\"current-password\" required>\n            </div>\n            <button type=\"submit\" class=\"btn btn-primary w-100\">\n              <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n              로그인\n            </button>\n          </form>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <div class=\"alert alert-"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"notice") : depth0)) != null ? lookupProperty(stack1,"kind") : stack1), depth0))
    + " small js-login-notice\" role=\"status\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"notice") : depth0)) != null ? lookupProperty(stack1,"message") : stack1), depth0))
    + "</div>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"row justify-content-center\">\n  <div class=\"col-12 col-sm-9 col-md-6 col-lg-4\">\n    <div class=\"card shadow-sm mt-3 mt-md-5\">\n      <div class=\"card-body p-4\">\n        <h1 class=\"h4 mb-1\" tabindex=\"-1\">Asset-API 관리자</h1>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"codeStep") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":45,"column":15}}})) != null ? stack1 : "")
    + "      </div>\n    </div>\n    <p class=\"text-center small mt-3\">\n      <a href=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"docsUrl") || (depth0 != null ? lookupProperty(depth0,"docsUrl") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"docsUrl","hash":{},"data":data,"loc":{"start":{"line":49,"column":15},"end":{"line":49,"column":26}}}) : helper)))
    + "\" target=\"_blank\" rel=\"noopener noreferrer\">API 문서 보기 ↗</a>\n    </p>\n  </div>\n</div>\n";
},"useData":true});
  templates["once-modal"] = template({"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"small mt-1\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"note") || (depth0 != null ? lookupProperty(depth0,"note") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"note","hash":{},"data":data,"loc":{"start":{"line":10,"column":46},"end":{"line":10,"column":54}}}) : helper)))
    + "</div>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"once-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog\">\n    <div class=\"modal-content\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"once-title\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":51},"end":{"line":5,"column":60}}}) : helper)))
    + "</h2>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"alert alert-warning\" role=\"alert\">\n          <strong>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"warning") || (depth0 != null ? lookupProperty(depth0,"warning") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"warning","hash":{},"data":data,"loc":{"start":{"line":9,"column":18},"end":{"line":9,"column":29}}}) : helper)))
    + "</strong>\n          "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"note") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":10},"end":{"line":10,"column":67}}})) != null ? stack1 : "")
    + "\n        </div>\n        <label class=\"form-label\" for=\"once-value\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":12,"column":51},"end":{"line":12,"column":60}}}) : helper)))
    + "</label>\n        <div class=\"input-group mb-3\">\n          <textarea class=\"form-control font-monospace secret-value js-once-value\" id=\"once-value\" rows=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"rows") || (depth0 != null ? lookupProperty(depth0,"rows") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"rows","hash":{},"data":data,"loc":{"start":{"line":14,"column":105},"end":{"line":14,"column":113}}}) : helper)))
    + "\" readonly>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"value") || (depth0 != null ? lookupProperty(depth0,"value") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":14,"column":124},"end":{"line":14,"column":133}}}) : helper)))
    + "</textarea>\n          <button type=\"button\" class=\"btn btn-outline-primary js-copy\" data-copy-target=\"#once-value\">복사</button>\n        </div>\n        <div class=\"form-check\">\n          <input class=\"form-check-input js-secret-saved\" type=\"checkbox\" id=\"once-saved\">\n          <label class=\"form-check-label\" for=\"once-saved\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"savedLabel") || (depth0 != null ? lookupProperty(depth0,"savedLabel") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"savedLabel","hash":{},"data":data,"loc":{"start":{"line":19,"column":59},"end":{"line":19,"column":73}}}) : helper)))
    + "</label>\n        </div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-primary js-secret-close\" data-bs-dismiss=\"modal\" disabled>닫기</button>\n      </div>\n    </div>\n  </div>\n</div>\n";
},"useData":true});
  templates["requests-result"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <div class=\"alert "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"return_code") : stack1),0,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":30},"end":{"line":9,"column":56}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":9,"column":24},"end":{"line":9,"column":99}}})) != null ? stack1 : "")
    + " js-explanation\" role=\"status\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"explanation") : stack1), depth0))
    + "</div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "alert-success";
},"2":function(container,depth0,helpers,partials,data) {
    return "alert-warning";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<code class=\"appkey\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"appkey") : stack1), depth0))
    + "</code>";
},"4":function(container,depth0,helpers,partials,data) {
    return "—";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"client_ip") : stack1), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"card js-request-card\">\n  <div class=\"card-header d-flex flex-wrap align-items-center gap-2\">\n    <span class=\"badge "
    + container.escapeExpression((lookupProperty(helpers,"returnCodeClass")||(depth0 && lookupProperty(depth0,"returnCodeClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"return_code") : stack1),{"name":"returnCodeClass","hash":{},"data":data,"loc":{"start":{"line":3,"column":23},"end":{"line":3,"column":62}}}))
    + "\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"return_code") : stack1), depth0))
    + "</span>\n    <span class=\"fw-semibold\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"return_msg") : stack1), depth0))
    + "</span>\n    <span class=\"ms-auto small text-body-secondary\">HTTP "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"status") : stack1), depth0))
    + "</span>\n  </div>\n  <div class=\"card-body\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"explanation") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":10,"column":11}}})) != null ? stack1 : "")
    + "    <dl class=\"facts mb-0\">\n      <dt>요청 ID</dt><dd class=\"font-monospace text-break\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"request_id") : stack1), depth0))
    + "</dd>\n      <dt>시각</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"at") : stack1),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":13,"column":21},"end":{"line":13,"column":44}}}))
    + "</dd>\n      <dt>호출</dt><dd class=\"text-break\"><code>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"method") : stack1), depth0))
    + " "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"path") : stack1), depth0))
    + "</code></dd>\n      <dt>앱키</dt><dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"appkey") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":15,"column":21},"end":{"line":15,"column":105}}})) != null ? stack1 : "")
    + "</dd>\n      <dt>호출 IP</dt><dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"client_ip") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":16,"column":24},"end":{"line":16,"column":86}}})) != null ? stack1 : "")
    + "</dd>\n      <dt>처리 시간</dt><dd>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"request") : depth0)) != null ? lookupProperty(stack1,"duration_ms") : stack1), depth0))
    + " ms</dd>\n    </dl>\n  </div>\n</div>\n";
},"useData":true});
  templates["requests"] = template({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">요청 조회</h1>\n  <a class=\"small\" href=\""
    + container.escapeExpression((lookupProperty(helpers,"docsUrl")||(depth0 && lookupProperty(depth0,"docsUrl"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"/reference/return-codes/",{"name":"docsUrl","hash":{},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":63}}}))
    + "\" target=\"_blank\" rel=\"noopener noreferrer\">반환 코드 설명 (API 문서) ↗</a>\n</div>\n<p class=\"text-body-secondary\">연동 담당자가 알려 준 요청 ID(응답의 <code>x-request-id</code> 헤더 또는 오류 본문의 <code>request_id</code>)를 붙여 넣으면 그 호출이 왜 거부되었는지 보여 줍니다.</p>\n<form class=\"row g-2 mb-3 js-lookup\">\n  <div class=\"col-12 col-md-9 col-lg-10\">\n    <label class=\"visually-hidden\" for=\"request-id\">요청 ID</label>\n    <input class=\"form-control font-monospace\" id=\"request-id\" name=\"request_id\" value=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"requestId") || (depth0 != null ? lookupProperty(depth0,"requestId") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"requestId","hash":{},"data":data,"loc":{"start":{"line":9,"column":88},"end":{"line":9,"column":101}}}) : helper)))
    + "\" required\n           maxlength=\"64\" placeholder=\"예: 0f8fad5b-d9cb-469f-a165-70867728950e\" autocomplete=\"off\" spellcheck=\"false\">\n  </div>\n  <div class=\"col-12 col-md-3 col-lg-2\"><button type=\"submit\" class=\"btn btn-primary w-100\">조회</button></div>\n</form>\n<div class=\"js-result\"></div>\n";
},"useData":true});
  templates["secret-modal"] = template({"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"note") || (depth0 != null ? lookupProperty(depth0,"note") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"note","hash":{},"data":data,"loc":{"start":{"line":12,"column":57},"end":{"line":12,"column":65}}}) : helper)))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"secret-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog modal-lg\">\n    <div class=\"modal-content\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"secret-title\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":53},"end":{"line":5,"column":62}}}) : helper)))
    + "</h2>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"alert alert-warning\" role=\"alert\">\n          <strong>시크릿키는 다시 표시되지 않습니다.</strong>\n          지금 복사하여 안전한 곳(비밀 관리 도구 등)에 보관하십시오. 잃어버리면 키를 교체해야 합니다.\n        </div>\n        "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"note") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":12,"column":76}}})) != null ? stack1 : "")
    + "\n        <label class=\"form-label\" for=\"secret-appkey\">앱키 (appkey)</label>\n        <div class=\"input-group mb-3\">\n          <textarea class=\"form-control font-monospace secret-value\" id=\"secret-appkey\" rows=\"1\" readonly>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":15,"column":106},"end":{"line":15,"column":116}}}) : helper)))
    + "</textarea>\n          <button type=\"button\" class=\"btn btn-outline-secondary js-copy\" data-copy-target=\"#secret-appkey\">복사</button>\n        </div>\n        <label class=\"form-label\" for=\"secret-secretkey\">시크릿키 (secretkey)</label>\n        <div class=\"input-group mb-3\">\n          <textarea class=\"form-control font-monospace secret-value js-secretkey\" id=\"secret-secretkey\" rows=\"4\" readonly>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"secretkey") || (depth0 != null ? lookupProperty(depth0,"secretkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"secretkey","hash":{},"data":data,"loc":{"start":{"line":20,"column":122},"end":{"line":20,"column":135}}}) : helper)))
    + "</textarea>\n          <button type=\"button\" class=\"btn btn-outline-primary js-copy\" data-copy-target=\"#secret-secretkey\">복사</button>\n        </div>\n        <div class=\"form-check\">\n          <input class=\"form-check-input js-secret-saved\" type=\"checkbox\" id=\"secret-saved\">\n          <label class=\"form-check-label\" for=\"secret-saved\">시크릿키를 안전한 곳에 보관했습니다.</label>\n        </div>\n      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-primary js-secret-close\" data-bs-dismiss=\"modal\" disabled>닫기</button>\n      </div>\n    </div>\n  </div>\n</div>\n";
},"useData":true});
  templates["user-form"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "사용자 수정";
},"1":function(container,depth0,helpers,partials,data) {
    return "사용자 추가";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <div class=\"mb-3\">\n            <label class=\"form-label\" for=\"user-form-status\">상태</label>\n            <select class=\"form-select\" id=\"user-form-status\" name=\"status\">\n              <option value=\"active\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":23,"column":43},"end":{"line":23,"column":68}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":37},"end":{"line":23,"column":85}}})) != null ? stack1 : "")
    + ">활성</option>\n              <option value=\"disabled\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"disabled",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":24,"column":45},"end":{"line":24,"column":72}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":39},"end":{"line":24,"column":89}}})) != null ? stack1 : "")
    + ">중지 (모든 키 사용 불가)</option>\n            </select>\n          </div>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "selected";
},"4":function(container,depth0,helpers,partials,data) {
    return "checked";
},"5":function(container,depth0,helpers,partials,data) {
    return "저장";
},"6":function(container,depth0,helpers,partials,data) {
    return "추가";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"modal fade\" tabindex=\"-1\" aria-labelledby=\"user-form-title\" aria-hidden=\"true\">\n  <div class=\"modal-dialog modal-dialog-scrollable\">\n    <form class=\"modal-content js-user-form\">\n      <div class=\"modal-header\">\n        <h2 class=\"modal-title h5\" id=\"user-form-title\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":5,"column":56},"end":{"line":5,"column":95}}})) != null ? stack1 : "")
    + "</h2>\n        <button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"modal\" aria-label=\"닫기\"></button>\n      </div>\n      <div class=\"modal-body\">\n        <div class=\"js-error\"></div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"user-form-name\">이름 <span class=\"text-danger\">*</span></label>\n          <input class=\"form-control\" id=\"user-form-name\" name=\"name\" required maxlength=\"100\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "\" autofocus>\n          <div class=\"form-text\">연동하는 시스템이나 팀의 이름 (예: 회계시스템)</div>\n        </div>\n        <div class=\"mb-3\">\n          <label class=\"form-label\" for=\"user-form-email\">이메일</label>\n          <input class=\"form-control\" type=\"email\" id=\"user-form-email\" name=\"email\" maxlength=\"200\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"email") : stack1), depth0))
    + "\">\n        </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":8},"end":{"line":27,"column":15}}})) != null ? stack1 : "")
    + "        <div class=\"form-check form-switch mb-3\">\n          <input class=\"form-check-input\" type=\"checkbox\" role=\"switch\" id=\"user-form-all\" name=\"all_accounts\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"all_accounts") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":111},"end":{"line":29,"column":150}}})) != null ? stack1 : "")
    + ">\n          <label class=\"form-check-label\" for=\"user-form-all\">모든 계좌 조회 허용</label>\n          <div class=\"form-text\">끄면 사용자 화면에서 지정한 계좌만 조회할 수 있습니다.</div>\n        </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scope-choices"),depth0,{"name":"scope-choices","data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "      </div>\n      <div class=\"modal-footer\">\n        <button type=\"button\" class=\"btn btn-outline-secondary\" data-bs-dismiss=\"modal\">취소</button>\n        <button type=\"submit\" class=\"btn btn-primary\">\n          <span class=\"spinner-border spinner-border-sm js-spinner\" hidden aria-hidden=\"true\"></span>\n          "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":39,"column":10},"end":{"line":39,"column":41}}})) != null ? stack1 : "")
    + "\n        </button>\n      </div>\n    </form>\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["user"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"text-break\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"email") : stack1), depth0))
    + "</span>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"d-flex gap-2\">\n      <button type=\"button\" class=\"btn btn-outline-secondary js-edit-user\">수정</button>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":18,"column":12},"end":{"line":18,"column":37}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":18,"column":6},"end":{"line":22,"column":13}}})) != null ? stack1 : "")
    + "    </div>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "        <button type=\"button\" class=\"btn btn-outline-danger js-set-status\" data-status=\"disabled\">중지</button>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "        <button type=\"button\" class=\"btn btn-outline-success js-set-status\" data-status=\"active\">재개</button>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "모든 계좌";
},"5":function(container,depth0,helpers,partials,data) {
    return "지정 계좌만";
},"6":function(container,depth0,helpers,partials,data) {
    return "<button type=\"button\" class=\"btn btn-sm btn-outline-primary js-grant\">계좌 권한 편집</button>";
},"7":function(container,depth0,helpers,partials,data) {
    return "        <div class=\"card-body pb-0\"><p class=\"small text-body-secondary\">모든 계좌 조회가 허용되어 있어 아래 지정은 적용되지 않습니다.</p></div>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <ul class=\"list-group list-group-flush js-granted-accounts\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"accounts") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":10},"end":{"line":57,"column":19}}})) != null ? stack1 : "")
    + "        </ul>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <li class=\"list-group-item d-flex align-items-center gap-2\" data-account-no=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_no") || (depth0 != null ? lookupProperty(depth0,"account_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_no","hash":{},"data":data,"loc":{"start":{"line":52,"column":89},"end":{"line":52,"column":103}}}) : helper)))
    + "\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"env"),depth0,{"name":"env","data":data,"indent":"              ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "              <code>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_no") || (depth0 != null ? lookupProperty(depth0,"account_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_no","hash":{},"data":data,"loc":{"start":{"line":54,"column":20},"end":{"line":54,"column":34}}}) : helper)))
    + "</code>\n              <span class=\"text-truncate\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"account_name") || (depth0 != null ? lookupProperty(depth0,"account_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"account_name","hash":{},"data":data,"loc":{"start":{"line":55,"column":42},"end":{"line":55,"column":58}}}) : helper)))
    + "</span>\n            </li>\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "        <div class=\"card-body\"><p class=\"text-body-secondary small mb-0\">지정된 계좌가 없습니다.</p></div>\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "<button type=\"button\" class=\"btn btn-sm btn-primary js-issue\">+ 키 발급</button>";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <ul class=\"list-group list-group-flush js-keys\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"keys") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":10},"end":{"line":112,"column":19}}})) != null ? stack1 : "")
    + "        </ul>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <li class=\"list-group-item key-item\" data-appkey=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":74,"column":62},"end":{"line":74,"column":72}}}) : helper)))
    + "\" data-status=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":74,"column":87},"end":{"line":74,"column":97}}}) : helper)))
    + "\">\n              <div class=\"d-flex flex-wrap align-items-center gap-2\">\n                <code class=\"appkey js-appkey\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"appkey") || (depth0 != null ? lookupProperty(depth0,"appkey") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"appkey","hash":{},"data":data,"loc":{"start":{"line":76,"column":47},"end":{"line":76,"column":57}}}) : helper)))
    + "</code>\n                "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"env"),depth0,{"name":"env","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"status"),depth0,{"name":"status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"and")||(depth0 && lookupProperty(depth0,"and"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":78,"column":27},"end":{"line":78,"column":43}}}),(lookupProperty(helpers,"not")||(depth0 && lookupProperty(depth0,"not"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),"revoked",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":78,"column":49},"end":{"line":78,"column":70}}}),{"name":"not","hash":{},"data":data,"loc":{"start":{"line":78,"column":44},"end":{"line":78,"column":71}}}),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":78,"column":22},"end":{"line":78,"column":72}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":16},"end":{"line":89,"column":23}}})) != null ? stack1 : "")
    + "              </div>\n              <dl class=\"key-facts row row-cols-2 row-cols-xl-4 g-0 small mt-2 mb-0\">\n                <div class=\"col\"><dt>만료</dt><dd>\n                  "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":93,"column":18},"end":{"line":93,"column":147}}})) != null ? stack1 : "")
    + "\n                </dd></div>\n                <div class=\"col\"><dt>요청 한도</dt><dd>초당 "
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rate_limit") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":95,"column":54},"end":{"line":95,"column":75}}}))
    + "회</dd></div>\n                <div class=\"col\"><dt>권한</dt><dd>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scopes"),depth0,{"name":"scopes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</dd></div>\n                <div class=\"col\"><dt>허용 IP</dt><dd class=\"text-break\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"allowed_cidrs") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":97,"column":70},"end":{"line":97,"column":140}}})) != null ? stack1 : "")
    + "</dd></div>\n                <div class=\"col\"><dt>발급</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"created_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":98,"column":48},"end":{"line":98,"column":71}}}))
    + "</dd></div>\n                <div class=\"col\"><dt>마지막 사용</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"last_used_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":99,"column":52},"end":{"line":99,"column":77}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"last_used_ip") : depth0),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":77},"end":{"line":99,"column":123}}})) != null ? stack1 : "")
    + "</dd></div>\n                <div class=\"col\"><dt>실시간 연결</dt><dd class=\"js-realtime-connections\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"realtime_connections") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":100,"column":84},"end":{"line":100,"column":115}}}))
    + "개</dd></div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rotated_at") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":101,"column":16},"end":{"line":103,"column":23}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"previous_valid_until") : depth0),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":104,"column":16},"end":{"line":106,"column":23}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"revoked_at") : depth0),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":107,"column":16},"end":{"line":109,"column":23}}})) != null ? stack1 : "")
    + "              </dl>\n            </li>\n";
},"14":function(container,depth0,helpers,partials,data) {
    return "                  <div class=\"dropdown ms-auto\">\n                    <button type=\"button\" class=\"btn btn-sm btn-outline-secondary dropdown-toggle js-key-menu\"\n                            data-bs-toggle=\"dropdown\" aria-expanded=\"false\">작업</button>\n                    <ul class=\"dropdown-menu dropdown-menu-end\">\n                      <li><button type=\"button\" class=\"dropdown-item js-key-edit\">설정 수정</button></li>\n                      <li><button type=\"button\" class=\"dropdown-item js-key-rotate\">시크릿키 교체</button></li>\n                      <li><hr class=\"dropdown-divider\"></li>\n                      <li><button type=\"button\" class=\"dropdown-item text-danger js-key-revoke\">폐기</button></li>\n                    </ul>\n                  </div>\n";
},"15":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":93,"column":36},"end":{"line":93,"column":55}}}))
    + " <span class=\""
    + container.escapeExpression((lookupProperty(helpers,"expiryClass")||(depth0 && lookupProperty(depth0,"expiryClass"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiryClass","hash":{},"data":data,"loc":{"start":{"line":93,"column":69},"end":{"line":93,"column":95}}}))
    + "\">("
    + container.escapeExpression((lookupProperty(helpers,"expiry")||(depth0 && lookupProperty(depth0,"expiry"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"expires_at") : depth0),{"name":"expiry","hash":{},"data":data,"loc":{"start":{"line":93,"column":98},"end":{"line":93,"column":119}}}))
    + ")</span>";
},"16":function(container,depth0,helpers,partials,data) {
    return "만료 없음";
},"17":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"allowed_cidrs") : depth0),{"name":"join","hash":{},"data":data,"loc":{"start":{"line":97,"column":98},"end":{"line":97,"column":120}}}));
},"18":function(container,depth0,helpers,partials,data) {
    return "제한 없음";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"last_used_ip") || (depth0 != null ? lookupProperty(depth0,"last_used_ip") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"last_used_ip","hash":{},"data":data,"loc":{"start":{"line":99,"column":100},"end":{"line":99,"column":116}}}) : helper)));
},"20":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "                  <div class=\"col\"><dt>교체</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rotated_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":102,"column":50},"end":{"line":102,"column":73}}}))
    + "</dd></div>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "                  <div class=\"col\"><dt>이전 시크릿 유효</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"previous_valid_until") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":105,"column":57},"end":{"line":105,"column":90}}}))
    + "까지</dd></div>\n";
},"22":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "                  <div class=\"col\"><dt>폐기</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"revoked_at") : depth0),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":108,"column":50},"end":{"line":108,"column":73}}}))
    + "</dd></div>\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <div class=\"card-body\"><p class=\"text-body-secondary mb-0\">발급된 키가 없습니다."
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":115,"column":85},"end":{"line":115,"column":101}}}),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":115,"column":79},"end":{"line":115,"column":126}}})) != null ? stack1 : "")
    + "</p></div>\n";
},"24":function(container,depth0,helpers,partials,data) {
    return " 「키 발급」으로 만드십시오.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav aria-label=\"위치\">\n  <ol class=\"breadcrumb\">\n    <li class=\"breadcrumb-item\"><a href=\"#/users\">사용자</a></li>\n    <li class=\"breadcrumb-item active text-break\" aria-current=\"page\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</li>\n  </ol>\n</nav>\n<div class=\"d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3\">\n  <div class=\"min-w-0\">\n    <h1 class=\"h3 mb-1 text-break js-user-name\" tabindex=\"-1\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</h1>\n    <div class=\"d-flex flex-wrap align-items-center gap-2 small text-body-secondary\">\n      "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"status"),(depth0 != null ? lookupProperty(depth0,"user") : depth0),{"name":"status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " <span>ID "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"user_id") : stack1), depth0))
    + "</span>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"email") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":77}}})) != null ? stack1 : "")
    + "\n    </div>\n  </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":15,"column":8},"end":{"line":15,"column":24}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":24,"column":9}}})) != null ? stack1 : "")
    + "</div>\n\n<div class=\"row g-3\">\n  <div class=\"col-12 col-lg-4 d-flex flex-column gap-3\">\n    <div class=\"card\">\n      <div class=\"card-header\"><h2 class=\"h6 mb-0\">정보</h2></div>\n      <div class=\"card-body\">\n        <dl class=\"facts mb-0\">\n          <dt>API 권한</dt><dd>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scopes"),(depth0 != null ? lookupProperty(depth0,"user") : depth0),{"name":"scopes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</dd>\n          <dt>계좌 범위</dt><dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"all_accounts") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":34,"column":28},"end":{"line":34,"column":79}}})) != null ? stack1 : "")
    + "</dd>\n          <dt>키</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"key_count") : stack1),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":35,"column":24},"end":{"line":35,"column":49}}}))
    + "개 <span class=\"text-body-secondary small\">(폐기 제외)</span></dd>\n          <dt>등록일</dt><dd>"
    + container.escapeExpression((lookupProperty(helpers,"dateTime")||(depth0 && lookupProperty(depth0,"dateTime"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"created_at") : stack1),{"name":"dateTime","hash":{},"data":data,"loc":{"start":{"line":36,"column":26},"end":{"line":36,"column":54}}}))
    + "</dd>\n        </dl>\n      </div>\n    </div>\n\n    <div class=\"card js-accounts\">\n      <div class=\"card-header d-flex align-items-center justify-content-between gap-2\">\n        <h2 class=\"h6 mb-0\">조회 가능 계좌</h2>\n        "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":44,"column":14},"end":{"line":44,"column":30}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":8},"end":{"line":44,"column":126}}})) != null ? stack1 : "")
    + "\n      </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"user") : depth0)) != null ? lookupProperty(stack1,"all_accounts") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":6},"end":{"line":48,"column":13}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"accounts") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":49,"column":6},"end":{"line":61,"column":13}}})) != null ? stack1 : "")
    + "    </div>\n  </div>\n\n  <div class=\"col-12 col-lg-8\">\n    <div class=\"card\">\n      <div class=\"card-header d-flex align-items-center justify-content-between gap-2\">\n        <h2 class=\"h6 mb-0\">접근 키</h2>\n        "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":69,"column":14},"end":{"line":69,"column":30}}}),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":8},"end":{"line":69,"column":116}}})) != null ? stack1 : "")
    + "\n      </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"keys") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":71,"column":6},"end":{"line":116,"column":13}}})) != null ? stack1 : "")
    + "    </div>\n  </div>\n</div>\n";
},"usePartial":true,"useData":true});
  templates["users-table"] = template({"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"table-responsive\">\n    <table class=\"table table-hover align-middle js-users-table\">\n      <thead><tr>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"d-none d-md-table-cell","order":"asc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"ID","column":"user_id"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"","order":"asc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"이름","column":"name"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "        <th scope=\"col\">상태</th>\n        <th scope=\"col\" class=\"d-none d-lg-table-cell\">계좌 · 권한</th>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"text-end","order":"desc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"키","column":"key_count"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"sort"),depth0,{"name":"sort","hash":{"class":"d-none d-md-table-cell","order":"desc","sort":(depth0 != null ? lookupProperty(depth0,"sort") : depth0),"label":"등록일","column":"created_at"},"data":data,"indent":"        ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "        <th scope=\"col\" class=\"text-end\"><span class=\"visually-hidden\">작업</span></th>\n      </tr></thead>\n      <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"users") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":8},"end":{"line":38,"column":17}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table>\n  </div>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"pager"),(depth0 != null ? lookupProperty(depth0,"pager") : depth0),{"name":"pager","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <tr data-user-id=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"user_id") || (depth0 != null ? lookupProperty(depth0,"user_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"user_id","hash":{},"data":data,"loc":{"start":{"line":15,"column":28},"end":{"line":15,"column":39}}}) : helper)))
    + "\">\n            <td class=\"d-none d-md-table-cell text-body-secondary\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"user_id") || (depth0 != null ? lookupProperty(depth0,"user_id") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"user_id","hash":{},"data":data,"loc":{"start":{"line":16,"column":67},"end":{"line":16,"column":78}}}) : helper)))
    + "</td>\n            <td class=\"cell-name\">\n              <a class=\"fw-semibold text-break js-user-link\" href=\""
    + container.escapeExpression((lookupProperty(helpers,"userHref")||(depth0 && lookupProperty(depth0,"userHref"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"user_id") : depth0),{"name":"userHref","hash":{},"data":data,"loc":{"start":{"line":18,"column":67},"end":{"line":18,"column":87}}}))
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":18,"column":89},"end":{"line":18,"column":97}}}) : helper)))
    + "</a>\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"email") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":14},"end":{"line":19,"column":99}}})) != null ? stack1 : "")
    + "\n            </td>\n            <td>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"status"),depth0,{"name":"status","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n            <td class=\"d-none d-lg-table-cell small\">\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"all_accounts") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":23,"column":14},"end":{"line":23,"column":59}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scopes"),depth0,{"name":"scopes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n            </td>\n            <td class=\"text-end\">"
    + container.escapeExpression((lookupProperty(helpers,"number")||(depth0 && lookupProperty(depth0,"number"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"key_count") : depth0),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":25,"column":33},"end":{"line":25,"column":53}}}))
    + "</td>\n            <td class=\"d-none d-md-table-cell text-nowrap\">"
    + container.escapeExpression((lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"created_at") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":26,"column":59},"end":{"line":26,"column":78}}}))
    + "</td>\n            <td class=\"text-end text-nowrap\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":28,"column":20},"end":{"line":28,"column":36}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":14},"end":{"line":35,"column":21}}})) != null ? stack1 : "")
    + "            </td>\n          </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"small text-body-secondary text-break\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"email") || (depth0 != null ? lookupProperty(depth0,"email") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":19,"column":77},"end":{"line":19,"column":86}}}) : helper)))
    + "</div>";
},"3":function(container,depth0,helpers,partials,data) {
    return "모든 계좌";
},"4":function(container,depth0,helpers,partials,data) {
    return "지정 계좌";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "                <button type=\"button\" class=\"btn btn-sm btn-outline-secondary js-edit\">수정</button>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"status") : depth0),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":30,"column":22},"end":{"line":30,"column":42}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":30,"column":16},"end":{"line":34,"column":23}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "                  <button type=\"button\" class=\"btn btn-sm btn-outline-danger js-set-status\" data-status=\"disabled\">중지</button>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "                  <button type=\"button\" class=\"btn btn-sm btn-outline-success js-set-status\" data-status=\"active\">재개</button>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"text-body-secondary py-3\">조건에 맞는 사용자가 없습니다.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"users") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true});
  templates["users"] = template({"0":function(container,depth0,helpers,partials,data) {
    return "<button type=\"button\" class=\"btn btn-primary js-create\">+ 사용자 추가</button>";
},"1":function(container,depth0,helpers,partials,data) {
    return "selected";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3\">\n  <h1 class=\"h3 mb-0\" tabindex=\"-1\">사용자</h1>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"can")||(depth0 && lookupProperty(depth0,"can"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"operator",{"name":"can","hash":{},"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":24}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":106}}})) != null ? stack1 : "")
    + "\n</div>\n<form class=\"row g-2 mb-3 js-filter\" role=\"search\">\n  <div class=\"col-12 col-md-6\">\n    <label class=\"visually-hidden\" for=\"users-q\">검색어</label>\n    <input type=\"search\" class=\"form-control\" id=\"users-q\" name=\"q\" value=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"query") : depth0)) != null ? lookupProperty(stack1,"q") : stack1), depth0))
    + "\" maxlength=\"100\"\n           placeholder=\"이름 또는 이메일로 검색\">\n  </div>\n  <div class=\"col-7 col-md-3\">\n    <label class=\"visually-hidden\" for=\"users-status\">상태</label>\n    <select class=\"form-select\" id=\"users-status\" name=\"status\">\n      <option value=\"\">모든 상태</option>\n      <option value=\"active\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"query") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"active",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":15,"column":35},"end":{"line":15,"column":61}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":29},"end":{"line":15,"column":78}}})) != null ? stack1 : "")
    + ">활성</option>\n      <option value=\"disabled\" "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"query") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),"disabled",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":37},"end":{"line":16,"column":65}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":31},"end":{"line":16,"column":82}}})) != null ? stack1 : "")
    + ">중지</option>\n    </select>\n  </div>\n  <div class=\"col-5 col-md-3\">\n    <button type=\"submit\" class=\"btn btn-outline-secondary w-100\">검색</button>\n  </div>\n</form>\n<div class=\"js-results\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"loading"),depth0,{"name":"loading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true});
  for (const name of Object.keys(templates)) {
    if (name.startsWith('_')) window.Handlebars.registerPartial(name.slice(1), templates[name]);
  }
})();
